import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseEngine = "pglite" | "postgres";

type Connection = {
  db: Database;
  engine: DatabaseEngine;
  /** Runs `fn` on one dedicated connection (advisory locks need that). */
  withDedicated: <T>(fn: (db: Database) => Promise<T>) => Promise<T>;
  close: () => Promise<void>;
};

export const DEFAULT_PGLITE_DIR = "./data/pglite";

/**
 * Fail fast and recover (issue 14). postgres.js by default waits 30 s for a connection and,
 * after failures, delays every new attempt of the pool by up to 20 s (3^n / 100 s): an 8 s
 * outage kept requests hanging 11–24 s and failing 16 s after the server was back. Here an
 * attempt gives up after 3 s and retries after at most 0.5 s, so a request during an outage
 * is answered with a clear message within a few seconds and the first one after it succeeds.
 */
const CONNECT_TIMEOUT_SECONDS = 3;

/** Seconds before a closed connection tries again (`backoff` of postgres.js, per pool-wide attempt). */
export function reconnectDelaySeconds(attempt: number): number {
  const capped = Math.min(0.05 * 2 ** attempt, 0.5);
  return capped * (0.5 + Math.random() / 2); // jitter: many app servers do not retry in step
}

/** No statement runs longer (the heaviest, a campaign over 200,000 customers, takes ~7 s). */
export function statementTimeoutMs(): number {
  const configured = Number(process.env.DATABASE_STATEMENT_TIMEOUT_MS);
  return Number.isInteger(configured) && configured >= 0 ? configured : 30_000;
}

const failFast = { connect_timeout: CONNECT_TIMEOUT_SECONDS, backoff: reconnectDelaySeconds };

function connectPostgres(url: string): Connection {
  const sql = postgres(url, {
    onnotice: () => {},
    ...failFast,
    // Only while this pool is the process's one (not once closeDatabase() let it go).
    onclose: () => {
      if (holder.__crmConnection?.close !== close) return;
      void import("@/lib/db/outage-watch").then((watch) => watch.checkAfterConnectionLoss());
    },
    max: Number(process.env.DATABASE_POOL_MAX ?? 10),
    // Short OLTP queries: JIT compilation (~25 ms) costs more than it saves on a list page.
    // Custom plans always: postgres.js reuses prepared statements, and after five runs the
    // server may switch a statement to a generic plan that does not know the value. For
    // skewed data that is fatal: 林 (74,000 of a million customers) under the generic plan
    // of the list query sorts every match, 4.2 s cold instead of 2 ms. Planning again costs
    // about 0.1 ms per query.
    connection: { jit: "off", plan_cache_mode: "force_custom_plan", statement_timeout: statementTimeoutMs() },
  });
  // Never waits long on a connection that will not finish (a stopping server or test).
  const close = () => sql.end({ timeout: 5 });
  return {
    db: drizzlePostgres(sql, { schema }) as unknown as Database,
    engine: "postgres",
    // A separate one-connection client: session-level advisory locks and the migrator's
    // transaction then share a connection (a reserved connection cannot begin transactions).
    withDedicated: async (fn) => {
      // No statement timeout here: migrations build indexes over whole tables.
      const single = postgres(url, { onnotice: () => {}, ...failFast, max: 1 });
      try {
        return await fn(drizzlePostgres(single, { schema }) as unknown as Database);
      } finally {
        await single.end();
      }
    },
    close,
  };
}

function connectPglite(dataDir: string): Connection {
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const client = new PGlite(dataDir, { extensions: { pg_trgm, btree_gin } });
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    db,
    engine: "pglite",
    // PGlite is a single connection already.
    withDedicated: (fn) => fn(db),
    close: () => client.close(),
  };
}

function connect(): Connection {
  const url = process.env.DATABASE_URL;
  if (url) return connectPostgres(url);
  return connectPglite(process.env.PGLITE_DATA_DIR ?? DEFAULT_PGLITE_DIR);
}

// One instance per process. PGlite has no lock between processes or instances, so a second
// instance on the same directory (e.g. after a dev hot reload) would corrupt it: keep it on
// globalThis, which survives module reloads. It opens on first use, not on import, so that
// `next build` (which imports every route) never touches the database.
const holder = globalThis as typeof globalThis & { __crmConnection?: Connection };

function connection(): Connection {
  return (holder.__crmConnection ??= connect());
}

export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const real = connection().db;
    const value: unknown = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});

export function getDatabaseEngine(): DatabaseEngine {
  return holder.__crmConnection?.engine ?? (process.env.DATABASE_URL ? "postgres" : "pglite");
}

export function withDedicatedConnection<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  return connection().withDedicated(fn);
}

export async function closeDatabase(): Promise<void> {
  const open = holder.__crmConnection;
  holder.__crmConnection = undefined;
  await open?.close();
}
