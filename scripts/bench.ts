import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { closeDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { printTable, writeJson } from "@/bench/report";
import { runBench } from "@/bench/run-bench";

const { values } = parseArgs({
  options: {
    json: { type: "string" },
    runs: { type: "string", default: "30" },
    warmup: { type: "string", default: "3" },
    only: { type: "string" },
    // EXPLAIN (ANALYZE, BUFFERS) of every case over the target (issue 5: 50 ms on
    // PostgreSQL, 200 ms on PGlite) or over ratio 1.5, written to this file.
    explain: { type: "string" },
    target: { type: "string" },
    "pglite-dir": { type: "string", default: "./data/bench" },
  },
});

async function main() {
  // The dataset of `npm run bench:seed`, never the app's own embedded database.
  if (!process.env.DATABASE_URL) process.env.PGLITE_DATA_DIR = values["pglite-dir"];
  // A dataset seeded before the latest migrations still gets their tables and indexes.
  await migrateDatabase();
  const target = Number(values.target ?? (process.env.DATABASE_URL ? 50 : 200));
  const run = await runBench({
    runs: Number(values.runs),
    warmup: Number(values.warmup),
    only: values.only,
    explainOverMs: values.explain ? target : undefined,
    log: (line) => console.error(line),
  });
  // The machine is shared: a busy neighbour shows up in p95, so say how busy it was.
  console.log(JSON.stringify(run.dataset), `load average ${loadavg().map((n) => n.toFixed(2)).join(" ")}`);
  printTable(run.details);
  if (values.json) writeJson(values.json, run.dataset, run.details);
  if (values.explain) writeFileSync(values.explain, `${run.explains.join("\n\n")}\n`);
  await closeDatabase();
}

main().catch(async (error: unknown) => {
  console.error(error);
  await closeDatabase();
  process.exitCode = 1;
});
