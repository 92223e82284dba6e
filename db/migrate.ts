import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { getDatabaseEngine, withDedicatedConnection } from "./client";

const migrationsFolder = path.join(process.cwd(), "drizzle");
// Arbitrary constant: serializes migrations when several app servers start at once.
const MIGRATION_LOCK_ID = 727_001;

let applied: Promise<void> | undefined;

/** Applies pending migrations once per process; safe to call from every entry point. */
export function migrateDatabase(): Promise<void> {
  applied ??= run().catch((error) => {
    applied = undefined;
    throw error;
  });
  return applied;
}

async function run(): Promise<void> {
  await withDedicatedConnection(async (db) => {
    if (getDatabaseEngine() === "pglite") {
      await migratePglite(db as unknown as PgliteDatabase, { migrationsFolder });
      return;
    }
    await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK_ID})`);
    try {
      await migratePostgres(db as unknown as PostgresJsDatabase, { migrationsFolder });
    } finally {
      await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`);
    }
  });
}
