import { sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";

// Logs and counters that a refused request may rightly touch (or that sign-in keeps).
const IGNORED = new Set(["audit_log", "sign_in_throttle", "app_secrets", "__drizzle_migrations"]);
let tables: string[] | undefined;

/** Rows of a raw query on PGlite (`{ rows }`) and postgres.js (an array) alike. */
async function rowsOf<T>(query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return (Array.isArray(result) ? result : (result as unknown as { rows: T[] }).rows) as T[];
}

/** One hash of every row of every table: equal before and after means no row changed. */
export async function dataFingerprint(): Promise<string> {
  tables ??= (
    await rowsOf<{ name: string }>(
      sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    )
  )
    .map((r) => r.name)
    .filter((name) => !IGNORED.has(name));
  const parts = tables.map(
    (name) => `select '${name}' as t, coalesce(md5(string_agg(md5(x::text), '' order by md5(x::text))), '') as h from "${name}" x`,
  );
  const [row] = await rowsOf<{ fingerprint: string }>(
    sql.raw(`select string_agg(t || ':' || h, ',' order by t) as fingerprint from (${parts.join(" union all ")}) parts`),
  );
  return row!.fingerprint;
}
