import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/client";
import { queryRows } from "@/db/rows";
import type { StoredValues } from "@/lib/templates/model/values";
import type { ImportPlan } from "./plan";

/** A stored record as the merge of an update needs it (snake_case, as SQL returns it). */
export type ExistingRecord = {
  id: number;
  version: number;
  key: string;
  name: string;
  name_kana: string;
  search_keywords: string;
  fields: StoredValues;
  status_id?: number;
  class_id?: number | null;
  tag_ids?: number[];
  important?: boolean;
  organization_id?: number | null;
};

const list = (values: string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

function target(plan: ImportPlan): { table: SQL; key: SQL } {
  const table = sql.raw(plan.kind === "customer" ? "customers" : "organizations");
  const key = plan.keyField.key === "name" ? sql`name` : sql`(fields ->> ${plan.keyField.key})`;
  return { table, key };
}

/** How many stored records carry each key (the dry run only needs counts). */
export async function countExisting(database: Database, plan: ImportPlan, keys: string[]): Promise<Map<string, number>> {
  if (keys.length === 0) return new Map();
  const { table, key } = target(plan);
  const rows = await queryRows<{ key: string; n: number }>(
    sql`select ${key} as key, count(*)::int as n from ${table} where ${key} in (${list(keys)}) group by 1`,
    database,
  );
  return new Map(rows.map((r) => [r.key, r.n]));
}

/** The stored records of each key, whole, for skip / update decisions and merges. */
export async function findExisting(database: Database, plan: ImportPlan, keys: string[]): Promise<Map<string, ExistingRecord[]>> {
  const found = new Map<string, ExistingRecord[]>();
  if (keys.length === 0) return found;
  const { table, key } = target(plan);
  const customerColumns = plan.kind === "customer" ? sql`, status_id, class_id, tag_ids, important, organization_id` : sql``;
  const rows = await queryRows<ExistingRecord>(
    sql`select id, version, ${key} as key, name, name_kana, search_keywords, fields${customerColumns} from ${table} where ${key} in (${list(keys)}) order by id`,
    database,
  );
  for (const row of rows) found.set(row.key, [...(found.get(row.key) ?? []), row]);
  return found;
}

/** 所属組織 by exact name: the ids of each name found (two organizations may share a name). */
export async function organizationsByName(database: Database, names: string[]): Promise<Map<string, number[]>> {
  const found = new Map<string, number[]>();
  if (names.length === 0) return found;
  const rows = await queryRows<{ id: number; name: string }>(
    sql`select id, name from organizations where name in (${list(names)}) order by id`,
    database,
  );
  for (const row of rows) found.set(row.name, [...(found.get(row.name) ?? []), row.id]);
  return found;
}
