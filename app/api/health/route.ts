import { db, getDatabaseEngine } from "@/db/client";
import { setDatabaseUp } from "@/lib/db/outage-flag";
import { markDatabaseDown } from "@/lib/db/outage-watch";
import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

/** 200 {"status":"ok",…} or 503 {"status":"unavailable"}, within HEALTH_DEADLINE_MS either way. */
export async function GET() {
  const health = await checkHealth(db, getDatabaseEngine());
  if (health.status === "ok") setDatabaseUp();
  else markDatabaseDown();
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
