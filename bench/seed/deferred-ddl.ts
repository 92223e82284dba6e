import type { RawClient } from "../raw-client";

/**
 * A table's secondary indexes and foreign keys are dropped before COPY and rebuilt after:
 * one sorted build is several times faster than a million index insertions, and one
 * validating join is faster than a million foreign-key triggers. Its own triggers (the
 * timeline's, drizzle/0005) are disabled: the seed writes their result set-based
 * (history.ts). The definitions are read from the database (so they always match the
 * migrations) and saved there before the drop, so that a seed interrupted halfway
 * restores them, and enables the triggers again, on its next run.
 */
const STORE = "bench_deferred_ddl";

type Saved = { name: string; tbl: string | null; kind: string; ddl: string };

async function ensureStore(raw: RawClient): Promise<void> {
  await raw.query(`create table if not exists ${STORE} (name text primary key, kind text not null, ddl text not null)`);
  await raw.query(`alter table ${STORE} add column if not exists tbl text`);
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
  const triggers = await raw.query<{ name: string; ddl: string }>(
    `select tgname as name, format('alter table %s enable trigger %I', $1::text, tgname) as ddl
       from pg_trigger where tgrelid = $1::regclass and not tgisinternal and tgenabled <> 'D'`,
    [table],
  );
  for (const [kind, rows] of [
    ["index", indexes],
    ["constraint", foreignKeys],
    ["trigger", triggers],
  ] as const) {
    for (const row of rows) {
      await raw.query(`insert into ${STORE} (name, tbl, kind, ddl) values ($1, $2, $3, $4) on conflict do nothing`, [
        row.name,
        table,
        kind,
        row.ddl,
      ]);
    }
  }
  for (const row of indexes) await raw.query(`drop index if exists "${row.name}"`);
  for (const row of foreignKeys) await raw.query(`alter table ${table} drop constraint if exists "${row.name}"`);
  for (const row of triggers) await raw.query(`alter table ${table} disable trigger "${row.name}"`);
}

export type RestoreOptions = { connections: number; maintenanceWorkMem: string };

type Log = (line: string) => void;

function createIndexStatements(saved: readonly Saved[]): string[] {
  return saved
    .filter((s) => s.kind === "index")
    .map((s) => s.ddl.replace(/^CREATE (UNIQUE )?INDEX /u, "CREATE $1INDEX IF NOT EXISTS "))
    .sort((a, b) => Number(/USING gin/iu.test(b)) - Number(/USING gin/iu.test(a)));
}

function logStatement(log: Log | undefined, statement: string, ms: number): void {
  const what =
    /INDEX IF NOT EXISTS (\S+)/u.exec(statement)?.[1] ?? /add constraint "?([^"\s]+)/u.exec(statement)?.[1] ?? statement.slice(0, 40);
  log?.(`  ${what.padEnd(48)} ${(ms / 1000).toFixed(1).padStart(6)} s`);
}

async function buildIndexes(raw: RawClient, saved: readonly Saved[], width: number, options: RestoreOptions, log?: Log): Promise<void> {
  const statements = createIndexStatements(saved);
  await raw.runConcurrently(statements, width, [`set maintenance_work_mem = '${options.maintenanceWorkMem}'`], (statement, ms) =>
    logStatement(log, statement, ms),
  );
  for (const index of saved.filter((s) => s.kind === "index")) await raw.query(`delete from ${STORE} where name = $1`, [index.name]);
}

/** Builds the saved indexes of `tables` (on `width` connections), nothing else. */
export async function restoreIndexesOf(
  raw: RawClient,
  tables: readonly string[],
  width: number,
  options: RestoreOptions,
  log?: Log,
): Promise<void> {
  const saved = await raw.query<Saved>(`select name, tbl, kind, ddl from ${STORE} where tbl = any($1::text[]) and kind = 'index'`, [
    tables,
  ]);
  await buildIndexes(raw, saved, width, options, log);
}

/**
 * Rebuilds whatever was dropped, GIN indexes first (they take longest, so they start
 * first), then adds the foreign keys back (each validated by one join) and enables the
 * triggers.
 */
export async function restoreSecondaryStructures(raw: RawClient, options: RestoreOptions, log?: Log): Promise<number> {
  await ensureStore(raw);
  const saved = await raw.query<Saved>(`select name, tbl, kind, ddl from ${STORE}`);
  await buildIndexes(raw, saved, options.connections, options, log);
  for (const constraint of saved.filter((s) => s.kind === "constraint")) {
    const [exists] = await raw.query(`select 1 from pg_constraint where conname = $1`, [constraint.name]);
    const started = performance.now();
    if (!exists) await raw.query(constraint.ddl);
    logStatement(log, constraint.ddl, performance.now() - started);
  }
  for (const trigger of saved.filter((s) => s.kind === "trigger")) await raw.query(trigger.ddl);
  await raw.query(`drop table ${STORE}`);
  return saved.length;
}

/**
 * On PostgreSQL, a loaded table's indexes are built on a connection of their own while
 * the next tables load (the bulk load is bound by generating rows in Node, the builds by
 * the server), one table after another. The foreign keys wait for the end: validating
 * one locks both tables against index builds. PGlite has one connection: nothing here.
 */
export function backgroundIndexBuilds(raw: RawClient, options: RestoreOptions, log?: Log) {
  let chain: Promise<void> = Promise.resolve();
  let failure: unknown;
  return {
    enqueue: (table: string) => {
      if (raw.engine !== "postgres") return;
      chain = chain.then(async () => {
        if (failure) return;
        try {
          const saved = await raw.query<Saved>(`select name, tbl, kind, ddl from ${STORE} where tbl = $1 and kind = 'index'`, [table]);
          await buildIndexes(raw, saved, 1, options, log);
        } catch (error) {
          failure = error;
        }
      });
    },
    /** Waits for the builds; a failed one is left to restoreSecondaryStructures (its definition is still saved). */
    finish: async () => {
      await chain;
      if (failure) log?.(`background index build failed, retried with the rest: ${String(failure)}`);
    },
  };
}
