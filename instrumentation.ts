// Migrations run inside the server process: PGlite has no lock between processes, so a
// separate migrate command beside a running server could corrupt its data directory.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installPeerAddressStamp } = await import("./lib/http/peer-address");
    installPeerAddressStamp();
    const { migrateDatabase } = await import("./db/migrate");
    await migrateDatabase();
    const { startMaintenance } = await import("./lib/maintenance");
    startMaintenance();
  }
}
