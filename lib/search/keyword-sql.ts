import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { normalizeForSearch, queryGrams } from "./normalize";

function textArray(values: readonly string[]): SQL {
  return sql`ARRAY[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/**
 * Keyword condition on a table's search columns: the GIN index on the grams narrows to rows
 * holding every gram of the query (its one character, or its bigrams), and LIKE re-checks
 * that they are adjacent. Undefined for an empty keyword.
 */
export function keywordCondition(keyword: string, columns: { grams: AnyPgColumn; text: AnyPgColumn }): SQL | undefined {
  const normalized = normalizeForSearch(keyword);
  if (!normalized) return undefined;
  return sql`(${columns.grams} @> ${textArray(queryGrams(normalized))} and ${columns.text} like ${`%${escapeLike(normalized)}%`})`;
}
