import { parseArgs } from "node:util";
import { closeDatabase, getDatabaseEngine } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDataset } from "@/bench/seed/seed-dataset";
import { timed } from "@/bench/timer";

const { values } = parseArgs({
  options: {
    customers: { type: "string", default: "100000" },
    seed: { type: "string", default: "1" },
    "pglite-dir": { type: "string", default: "./data/bench" },
    // Index builds in parallel: the GIN index on search_grams alone takes as long as the rest.
    connections: { type: "string", default: "2" },
    "maintenance-work-mem": { type: "string", default: "1GB" },
  },
});

async function main() {
  // Never the app's own embedded database: the seed empties every table it loads.
  if (!process.env.DATABASE_URL) process.env.PGLITE_DATA_DIR = values["pglite-dir"];
  const options = { customers: Number(values.customers), seed: Number(values.seed) };
  if (!Number.isInteger(options.customers) || options.customers < 0) throw new Error("--customers must be a whole number");
  const started = performance.now();
  await timed("migrate", () => migrateDatabase());
  const restore = { connections: Number(values.connections), maintenanceWorkMem: values["maintenance-work-mem"] };
  const counts = await seedDataset(options, restore, console.log);
  console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s on ${getDatabaseEngine()}:`, counts);
  await closeDatabase();
}

main().catch(async (error: unknown) => {
  console.error(error);
  await closeDatabase();
  process.exitCode = 1;
});
