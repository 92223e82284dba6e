import "server-only";
import { sql } from "drizzle-orm";
import type { Database, DatabaseEngine } from "@/db/client";

export type Health = { status: "ok"; database: DatabaseEngine } | { status: "unavailable" };

/** A health check answers in this time or says unavailable: a load balancer must not wait on it. */
export const HEALTH_DEADLINE_MS = 2_000;

function deadline(ms: number): Promise<never> {
  return new Promise((_, reject) => {
    const timer = setTimeout(() => reject(new Error("health check deadline")), ms);
    timer.unref?.();
  });
}

/** Open to anyone: says whether the database answers, and nothing else about the install. */
export async function checkHealth(
  database: Pick<Database, "execute">,
  engine: DatabaseEngine,
  deadlineMs = HEALTH_DEADLINE_MS,
): Promise<Health> {
  try {
    await Promise.race([database.execute(sql`select 1`), deadline(deadlineMs)]);
    return { status: "ok", database: engine };
  } catch {
    return { status: "unavailable" };
  }
}
