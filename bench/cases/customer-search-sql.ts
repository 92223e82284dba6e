import type { CustomerFilter } from "@/lib/customers/model/filter";
import { normalizeForSearch, queryGrams } from "@/lib/search/normalize";

/**
 * The "limit" for a customer search: the SQL a person would write by hand for page 1 and
 * the total, with constants inlined so the planner sees the real values (no generic plan).
 */
const LIST_COLUMNS = "id, name, name_kana, status_id, class_id, tag_ids, important, organization_id, updated_at, created_at";

function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function intList(ids: readonly number[]): string {
  return ids.map((id) => String(Math.trunc(id))).join(",");
}

function textArray(values: readonly string[]): string {
  return `${literal(`{${values.map((v) => `"${v.replace(/["\\]/g, "\\$&")}"`).join(",")}}`)}::text[]`;
}

function inList(column: string, ids: readonly number[]): string {
  return ids.length === 1 ? `${column} = ${intList(ids)}` : `${column} = any('{${intList(ids)}}'::int[])`;
}

export function customerWhereSql(filter: CustomerFilter): string {
  const conditions: string[] = [];
  if (filter.statusIds.length) conditions.push(inList("status_id", filter.statusIds));
  if (filter.classIds.length) conditions.push(inList("class_id", filter.classIds));
  if (filter.tagIds.length) conditions.push(`tag_ids ${filter.tagMode === "all" ? "@>" : "&&"} '{${intList(filter.tagIds)}}'::int[]`);
  if (filter.importantOnly) conditions.push("important");
  if (filter.organizationId !== undefined) conditions.push(`organization_id = ${Math.trunc(filter.organizationId)}`);
  const keyword = normalizeForSearch(filter.keyword);
  if (keyword) {
    const pattern = `%${keyword.replace(/[\\%_]/g, "\\$&")}%`;
    // A 1- or 2-character keyword is its own gram: the gram alone is exact, and without a
    // LIKE the planner estimates from the gram's statistics (as lib/search/keyword-sql.ts).
    const grams = `search_grams @> ${textArray(queryGrams(keyword))}`;
    conditions.push([...keyword].length <= 2 ? grams : `${grams} and search_text like ${literal(pattern)}`);
  }
  return conditions.length ? `where ${conditions.join(" and ")}` : "";
}

export function customerPageSql(filter: CustomerFilter, pageSize: number): string {
  return `select ${LIST_COLUMNS} from customers ${customerWhereSql(filter)} order by updated_at desc, id desc limit ${pageSize}`;
}

export function customerCountSql(filter: CustomerFilter): string {
  return `select count(*)::int as n from customers ${customerWhereSql(filter)}`;
}

/** The count that stops at `cap` rows: what an exact total costs when it is shown only up to a cap. */
export function customerCappedCountSql(filter: CustomerFilter, cap: number): string {
  return `select count(*)::int as n from (select 1 from customers ${customerWhereSql(filter)} limit ${cap}) capped`;
}

/** The planner's row estimate of the filter, read from EXPLAIN without running it. */
export function customerEstimateSql(filter: CustomerFilter): string {
  return `explain (format json) select 1 from customers ${customerWhereSql(filter)}`;
}
