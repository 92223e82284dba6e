import "server-only";
import type { FieldDefinition } from "@/lib/templates/model/definition";
import type { StoredValues } from "@/lib/templates/model/values";
import { normalizeForSearch, searchGrams } from "@/lib/search/normalize";

// Field types whose values people search by: words, not numbers, dates or flags.
const SEARCHED_TYPES = new Set<FieldDefinition["type"]>(["text", "textarea", "select", "multiselect", "email", "tel", "postal", "url"]);

// Long 備考 text would bloat the gram index; the first part of a note is what people search.
const MAX_SEARCH_TEXT = 2000;

// Parts are joined with a character no query holds, so a match cannot span two fields.
const PART_SEPARATOR = "\u001f";

export type SearchColumns = { searchText: string; searchGrams: string[]; sortKey: string };

/** The derived search columns of a customer or an organization, computed the same way on every write path. */
export function searchColumns(input: {
  name: string;
  nameKana: string;
  searchKeywords: string;
  fields: StoredValues;
  templateFields: readonly FieldDefinition[];
}): SearchColumns {
  const parts = [input.name, input.nameKana, input.searchKeywords];
  for (const field of input.templateFields) {
    if (field.builtin || !SEARCHED_TYPES.has(field.type)) continue;
    const value = input.fields[field.key];
    if (value === undefined) continue;
    parts.push(Array.isArray(value) ? value.join(" ") : String(value));
  }
  const searchText = parts.map(normalizeForSearch).filter(Boolean).join(PART_SEPARATOR).slice(0, MAX_SEARCH_TEXT);
  return {
    searchText,
    searchGrams: searchGrams(searchText).filter((gram) => !gram.includes(PART_SEPARATOR)),
    sortKey: normalizeForSearch(input.nameKana || input.name),
  };
}
