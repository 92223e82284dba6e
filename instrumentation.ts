import type { Instrumentation } from "next";

// Migrations run inside the server process: PGlite has no lock between processes, so a
// separate migrate command beside a running server could corrupt its data directory.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("@/lib/shared/validation/japanese-zod");
    const { installPeerAddressStamp } = await import("./lib/http/peer-address");
    installPeerAddressStamp();
    const { migrateDatabase } = await import("./db/migrate");
    await migrateDatabase();
    const { startMaintenance } = await import("./lib/maintenance");
    startMaintenance();
  }
}

/**
 * A page that failed because the database is unreachable marks the outage, so that the
 * next page requests get the 503 page from proxy.ts at once until a probe finds it back.
 */
export const onRequestError: Instrumentation.onRequestError = async (error) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { noteDatabaseError } = await import("./lib/db/outage-watch");
  noteDatabaseError(error);
};
