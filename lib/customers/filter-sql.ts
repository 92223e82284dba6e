import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { customers } from "@/db/schema";
import { normalizeForSearch, queryGrams } from "@/lib/search/normalize";
import type { CustomerFilter } from "./filter";

function intArray(values: readonly number[]): SQL {
  return sql`ARRAY[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::integer[]`;
}

function textArray(values: readonly string[]): SQL {
  return sql`ARRAY[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/**
 * Keyword condition: the GIN index on search_grams narrows to rows holding every gram of the
 * query (its one character, or its bigrams), and LIKE re-checks that they are adjacent.
 */
export function keywordCondition(keyword: string, columns = { grams: customers.searchGrams, text: customers.searchText }): SQL | undefined {
  const normalized = normalizeForSearch(keyword);
  if (!normalized) return undefined;
  return sql`(${columns.grams} @> ${textArray(queryGrams(normalized))} and ${columns.text} like ${`%${escapeLike(normalized)}%`})`;
}

/** The query builder of the one filter model: list, export, saved views and campaigns. */
export function customerWhere(filter: CustomerFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filter.statusIds.length) conditions.push(inArray(customers.statusId, filter.statusIds));
  if (filter.classIds.length) conditions.push(inArray(customers.classId, filter.classIds));
  if (filter.tagIds.length) {
    const wanted = intArray(filter.tagIds);
    conditions.push(filter.tagMode === "all" ? sql`${customers.tagIds} @> ${wanted}` : sql`${customers.tagIds} && ${wanted}`);
  }
  if (filter.importantOnly) conditions.push(eq(customers.important, true));
  if (filter.organizationId !== undefined) conditions.push(eq(customers.organizationId, filter.organizationId));
  conditions.push(keywordCondition(filter.keyword));
  return and(...conditions);
}
