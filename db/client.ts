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

function connectPostgres(url: string): Connection {
  const sql = postgres(url, {
    onnotice: () => {},
    max: Number(process.env.DATABASE_POOL_MAX ?? 10),
    // Short OLTP queries: JIT compilation (~25 ms) costs more than it saves on a list page.
    // Custom plans always: postgres.js reuses prepared statements, and after five runs the
    // server may switch a statement to a generic plan that does not know the value. For
    // skewed data that is fatal: 林 (74,000 of a million customers) under the generic plan
    // of the list query sorts every match, 4.2 s cold instead of 2 ms. Planning again costs
    // about 0.1 ms per query.
    connection: { jit: "off", plan_cache_mode: "force_custom_plan" },
  });
  return {
    db: drizzlePostgres(sql, { schema }) as unknown as Database,
    engine: "postgres",
    // A separate one-connection client: session-level advisory locks and the migrator's
    // transaction then share a connection (a reserved connection cannot begin transactions).
    withDedicated: async (fn) => {
      const single = postgres(url, { onnotice: () => {}, max: 1 });
      try {
        return await fn(drizzlePostgres(single, { schema }) as unknown as Database);
      } finally {
        await single.end();
      }
    },
    close: () => sql.end(),
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
