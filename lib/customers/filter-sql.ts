import "server-only";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { customers } from "@/db/schema";
import { keywordCondition } from "@/lib/search/keyword-sql";
import type { CustomerFilter } from "@/lib/customers/model/filter";

function intArray(values: readonly number[]): SQL {
  return sql`ARRAY[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::integer[]`;
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
  conditions.push(keywordCondition(filter.keyword, { grams: customers.searchGrams, text: customers.searchText }));
  return and(...conditions);
}
