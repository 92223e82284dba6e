import "server-only";
import { db, getDatabaseEngine } from "@/db/client";
import { checkHealth } from "@/lib/health";
import { isDatabaseMarkedDown, setDatabaseDown, setDatabaseUp } from "./outage-flag";
import { isDatabaseUnavailable } from "./unavailable";

// While the database is marked down, pages are answered with 503 at once (proxy.ts) and this
// probe finds it back: the first page after the database returns is served within ~0.5 s.
const PROBE_INTERVAL_MS = 500;

function probeUntilBack(): void {
  const timer = setTimeout(async () => {
    if (!isDatabaseMarkedDown()) return;
    const health = await checkHealth(db, getDatabaseEngine());
    if (health.status === "ok") setDatabaseUp();
    else probeUntilBack();
  }, PROBE_INTERVAL_MS);
  // A test process or a stopping server must not wait for the probe.
  timer.unref?.();
}

let checking = false;

/**
 * A pooled connection closed (db/client.ts): when PostgreSQL stops or restarts it closes
 * every connection at once, before any request notices. One quick check then marks the
 * outage, so that the next pages already get the 503 page instead of failing on their own.
 */
export function checkAfterConnectionLoss(): void {
  if (checking || isDatabaseMarkedDown()) return;
  checking = true;
  checkHealth(db, getDatabaseEngine())
    .then((health) => health.status === "ok" || markDatabaseDown())
    .finally(() => (checking = false));
}

/** The database did not answer (a failed health check): pages answer 503 until a probe succeeds. */
export function markDatabaseDown(): void {
  if (setDatabaseDown()) probeUntilBack();
}

/**
 * Call with any error that reached a boundary (action, route, page render): when it means
 * the database is unreachable, the process remembers it until a probe succeeds. Returns
 * whether it did mean that.
 */
export function noteDatabaseError(error: unknown): boolean {
  if (!isDatabaseUnavailable(error)) return false;
  markDatabaseDown();
  return true;
}
