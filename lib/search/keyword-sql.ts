import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { normalizeForSearch, queryGrams } from "./normalize";

function textArray(values: readonly string[]): SQL {
  return sql`ARRAY[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/**
 * Keyword condition on a table's search columns: the GIN index on the grams narrows to rows
 * holding every gram of the query (its one character, or its bigrams), and LIKE re-checks
 * that they are adjacent. A 1- or 2-character query is its own gram, so the gram alone is
 * exact; leaving LIKE out then also lets the planner estimate from the gram statistics.
 * Undefined for an empty keyword.
 */
export function keywordCondition(keyword: string, columns: { grams: AnyPgColumn; text: AnyPgColumn }): SQL | undefined {
  const normalized = normalizeForSearch(keyword);
  if (!normalized) return undefined;
  const grams = sql`${columns.grams} @> ${textArray(queryGrams(normalized))}`;
  if ([...normalized].length <= 2) return grams;
  return sql`(${grams} and ${columns.text} like ${`%${escapeLike(normalized)}%`})`;
}
