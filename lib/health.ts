import { sql } from "drizzle-orm";
import type { Database, DatabaseEngine } from "@/db/client";

export type Health =
  | { status: "ok"; database: DatabaseEngine }
  | { status: "error"; database: DatabaseEngine };

/** Open to anyone: says whether the database answers, and nothing else about the install. */
export async function checkHealth(database: Pick<Database, "execute">, engine: DatabaseEngine): Promise<Health> {
  try {
    await database.execute(sql`select 1`);
    return { status: "ok", database: engine };
  } catch {
    return { status: "error", database: engine };
  }
}
