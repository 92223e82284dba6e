import type { RawClient } from "../raw-client";

/**
 * A table's secondary indexes and foreign keys are dropped before COPY and rebuilt after:
 * one sorted build is several times faster than a million index insertions, and one
 * validating join is faster than a million foreign-key triggers. The definitions are read
 * from the database (so they always match the migrations) and saved there before the drop,
 * so that a seed interrupted halfway restores them on its next run.
 */
const STORE = "bench_deferred_ddl";

async function ensureStore(raw: RawClient): Promise<void> {
  await raw.query(`create table if not exists ${STORE} (name text primary key, kind text not null, ddl text not null)`);
}

export async function dropSecondaryStructures(raw: RawClient, table: string): Promise<void> {
  await ensureStore(raw);
  // Indexes that belong to no constraint: the primary key stays (other tables reference it).
  const indexes = await raw.query<{ name: string; ddl: string }>(
    `select i.relname as name, pg_get_indexdef(i.oid) as ddl
       from pg_index x join pg_class i on i.oid = x.indexrelid
      where x.indrelid = $1::regclass
        and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)`,
    [table],
  );
  const foreignKeys = await raw.query<{ name: string; ddl: string }>(
    `select conname as name, format('alter table %s add constraint %I %s', $1::text, conname, pg_get_constraintdef(oid)) as ddl
       from pg_constraint where conrelid = $1::regclass and contype = 'f'`,
    [table],
  );
  for (const [kind, rows] of [["index", indexes], ["constraint", foreignKeys]] as const) {
    for (const row of rows) {
      await raw.query(`insert into ${STORE} (name, kind, ddl) values ($1, $2, $3) on conflict do nothing`, [row.name, kind, row.ddl]);
    }
  }
  for (const row of indexes) await raw.query(`drop index if exists "${row.name}"`);
  for (const row of foreignKeys) await raw.query(`alter table ${table} drop constraint if exists "${row.name}"`);
}

export type RestoreOptions = { connections: number; maintenanceWorkMem: string };

/** Rebuilds whatever was dropped, GIN indexes first: they take longest, so they start first. */
export async function restoreSecondaryStructures(raw: RawClient, options: RestoreOptions): Promise<number> {
  await ensureStore(raw);
  const saved = await raw.query<{ name: string; kind: string; ddl: string }>(`select name, kind, ddl from ${STORE}`);
  const indexes = saved
    .filter((s) => s.kind === "index")
    .map((s) => s.ddl.replace(/^CREATE (UNIQUE )?INDEX /u, "CREATE $1INDEX IF NOT EXISTS "))
    .sort((a, b) => Number(/USING gin/iu.test(b)) - Number(/USING gin/iu.test(a)));
  await raw.runConcurrently(indexes, options.connections, [`set maintenance_work_mem = '${options.maintenanceWorkMem}'`]);
  for (const constraint of saved.filter((s) => s.kind === "constraint")) {
    const [exists] = await raw.query(`select 1 from pg_constraint where conname = $1`, [constraint.name]);
    if (!exists) await raw.query(constraint.ddl);
  }
  await raw.query(`drop table ${STORE}`);
  return saved.length;
}
