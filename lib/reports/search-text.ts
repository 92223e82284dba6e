import "server-only";
import { normalizeForSearch } from "@/lib/search/normalize";
import type { FieldDefinition } from "@/lib/templates/model/definition";
import type { StoredValues } from "@/lib/templates/model/values";

// Words people look reports up by: text and choices, not amounts, dates or flags.
const SEARCHED_TYPES = new Set<FieldDefinition["type"]>(["text", "textarea", "select", "multiselect", "email", "tel", "postal", "url"]);

// 内容 can be long; the gram-free LIKE scan reads this column, so keep it bounded.
const MAX_SEARCH_TEXT = 4000;

// Parts are joined with a character no query holds, so a match cannot span two fields.
const PART_SEPARATOR = "\u001f";

/** reports.search_text: the subject, the template's name and the text values, normalized as queries are. */
export function reportSearchText(input: {
  title: string;
  templateName: string;
  fields: StoredValues;
  templateFields: readonly FieldDefinition[];
}): string {
  const parts = [input.title, input.templateName];
  for (const field of input.templateFields) {
    if (!SEARCHED_TYPES.has(field.type)) continue;
    const value = input.fields[field.key];
    if (value !== undefined) parts.push(Array.isArray(value) ? value.join(" ") : String(value));
  }
  return parts.map(normalizeForSearch).filter(Boolean).join(PART_SEPARATOR).slice(0, MAX_SEARCH_TEXT);
}
