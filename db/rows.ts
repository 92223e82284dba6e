import type { SQL } from "drizzle-orm";
import { db, type Database } from "./client";

/**
 * Runs raw SQL and returns its rows. postgres.js answers an array, PGlite an object with
 * `rows`: this hides the difference from callers.
 */
export async function queryRows<T extends Record<string, unknown>>(query: SQL, database: Pick<Database, "execute"> = db): Promise<T[]> {
  const result: unknown = await database.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
