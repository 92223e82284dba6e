import { once } from "node:events";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { PGlite, Transaction } from "@electric-sql/pglite";
import type { Sql } from "postgres";
import postgres from "postgres";
import { sql } from "drizzle-orm";
import { db, getDatabaseEngine, type DatabaseEngine } from "@/db/client";

/**
 * The driver under the app's Drizzle instance. The seed needs COPY and the bench's "limit"
 * SQL must run on the very connection the lib/ functions use; a second PGlite instance on
 * the same directory would corrupt it.
 */
export type RawClient = {
  engine: DatabaseEngine;
  query: <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;
  /** Runs one statement; answers the number of rows it inserted, updated or deleted. */
  execute: (text: string) => Promise<number>;
  /** Empties `table` and loads it with COPY in one transaction, so FREEZE applies. */
  copyInto: (table: string, columns: readonly string[], lines: Iterable<string>) => Promise<void>;
  /** Runs statements on up to `width` connections at once (PGlite: one after another). */
  runConcurrently: (
    statements: readonly string[],
    width: number,
    setup?: string[],
    onDone?: (statement: string, ms: number) => void,
  ) => Promise<void>;
  /** The statements (and parameters) the driver sends while `fn` runs, for EXPLAIN. */
  captureQueries: (fn: () => Promise<unknown>) => Promise<CapturedQuery[]>;
};

export type CapturedQuery = { text: string; params: unknown[] };

export async function rawClient(): Promise<RawClient> {
  // db/client.ts keeps its one connection on globalThis; the exported `db` is a Proxy that
  // binds functions, and postgres.js's client is a function whose properties (unsafe,
  // begin) a bound copy loses. A first query opens the connection.
  await db.execute(sql`select 1`);
  const holder = globalThis as { __crmConnection?: { db: { $client: unknown } } };
  const driver = holder.__crmConnection?.db.$client;
  if (!driver) throw new Error("database connection not open");
  return getDatabaseEngine() === "postgres" ? postgresClient(driver as Sql) : pgliteClient(driver as PGlite);
}

// Rows are sent in chunks of this many bytes: few enough calls, little memory held.
const CHUNK_BYTES = 1 << 20;

function* chunks(lines: Iterable<string>, maxBytes: number): Generator<string> {
  let parts: string[] = [];
  let size = 0;
  for (const line of lines) {
    parts.push(line);
    size += line.length;
    if (size >= maxBytes) {
      yield parts.join("");
      parts = [];
      size = 0;
    }
  }
  if (parts.length) yield parts.join("");
}

function copyStatement(table: string, columns: readonly string[], source: string): string {
  return `copy ${table} (${columns.join(", ")}) from ${source} with (freeze)`;
}

function postgresClient(client: Sql): RawClient {
  return {
    engine: "postgres",
    query: async (text, params = []) => [...(await client.unsafe(text, params as never[]))] as never,
    execute: async (text) => (await client.unsafe(text)).count,
    copyInto: async (table, columns, lines) => {
      await client.begin(async (tx) => {
        await tx.unsafe(`truncate ${table} cascade`);
        const stream = await tx.unsafe(copyStatement(table, columns, "stdin")).writable();
        for (const chunk of chunks(lines, CHUNK_BYTES)) {
          if (!stream.write(chunk)) await once(stream, "drain");
          // Generating rows is synchronous and "drain" comes on process.nextTick: without
          // a real turn of the event loop between chunks, other connections (the index
          // builds meanwhile) would get no I/O until the end of the COPY.
          await nextTurn();
        }
        stream.end();
        await once(stream, "finish");
      });
    },
    runConcurrently: async (statements, width, setup = [], onDone) => {
      const url = process.env.DATABASE_URL ?? "";
      const queue = [...statements];
      const worker = async () => {
        if (queue.length === 0) return;
        const single = postgres(url, { max: 1, onnotice: () => {} });
        try {
          for (const statement of setup) await single.unsafe(statement);
          for (let next = queue.shift(); next; next = queue.shift()) {
            const started = performance.now();
            await single.unsafe(next);
            onDone?.(next, performance.now() - started);
          }
        } finally {
          await single.end();
        }
      };
      await Promise.all(Array.from({ length: Math.max(1, width) }, worker));
    },
    // postgres.js reads options.debug on every query, from the object the client was made with.
    captureQueries: async (fn) => {
      const captured: CapturedQuery[] = [];
      const options = client.options as { debug: unknown };
      const previous = options.debug;
      options.debug = (_id: number, text: string, params: unknown[]) => captured.push({ text, params: [...params] });
      try {
        await fn();
      } finally {
        options.debug = previous;
      }
      return captured;
    },
  };
}

// PGlite holds the whole blob in memory: smaller chunks keep a 100k load well under 100 MB.
const PGLITE_CHUNK_BYTES = 16 << 20;

function pgliteClient(pg: PGlite): RawClient {
  return {
    engine: "pglite",
    query: async (text, params = []) => (await pg.query(text, params)).rows as never,
    execute: async (text) => (await pg.query(text)).affectedRows ?? 0,
    copyInto: async (table, columns, lines) => {
      await pg.transaction(async (tx: Transaction) => {
        await tx.query(`truncate ${table} cascade`);
        for (const chunk of chunks(lines, PGLITE_CHUNK_BYTES)) {
          await tx.query(copyStatement(table, columns, "'/dev/blob'"), [], { blob: new Blob([chunk]) });
        }
      });
    },
    runConcurrently: async (statements, _width, setup = [], onDone) => {
      for (const statement of setup) await pg.exec(statement);
      for (const statement of statements) {
        const started = performance.now();
        await pg.exec(statement);
        onDone?.(statement, performance.now() - started);
      }
    },
    // Drizzle calls query() on the instance; a wrapper on the instance sees each statement.
    captureQueries: async (fn) => {
      const captured: CapturedQuery[] = [];
      const original = pg.query;
      pg.query = ((text: string, params?: unknown[], options?: object) => {
        captured.push({ text, params: [...(params ?? [])] });
        return original.call(pg, text, params, options);
      }) as typeof pg.query;
      try {
        await fn();
      } finally {
        pg.query = original;
      }
      return captured;
    },
  };
}
