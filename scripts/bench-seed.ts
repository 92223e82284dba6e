import { parseArgs } from "node:util";
import { closeDatabase, getDatabaseEngine } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDataset } from "@/bench/seed/seed-dataset";
import { timed } from "@/bench/timer";

const { values } = parseArgs({
  options: {
    customers: { type: "string", default: "100000" },
    // Left out: 1 organization per 50 customers, 3 reports and 0.3 schedules per customer.
    organizations: { type: "string" },
    reports: { type: "string" },
    schedules: { type: "string" },
    "largest-organization": { type: "string" },
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
  const count = (name: "customers" | "organizations" | "reports" | "schedules" | "largest-organization") => {
    const text = values[name];
    if (text === undefined) return undefined;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number`);
    return n;
  };
  const options = {
    customers: count("customers")!,
    seed: Number(values.seed),
    organizations: count("organizations"),
    reports: count("reports"),
    schedules: count("schedules"),
    largestOrganization: count("largest-organization"),
  };
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
