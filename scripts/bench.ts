import { existsSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { closeDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { campaignExecutionCase } from "@/bench/campaign/execution";
import { startAppServer, type AppServer } from "@/bench/http/app-server";
import { importCase } from "@/bench/import/import-case";
import { runHttpCases } from "@/bench/http/run-http";
import { printTable, writeJson } from "@/bench/report";
import { runBench } from "@/bench/run-bench";

const { values } = parseArgs({
  options: {
    json: { type: "string" },
    // p95 of 100 runs: on a shared machine, 30 runs make p95 the second-slowest sample.
    runs: { type: "string", default: "100" },
    warmup: { type: "string", default: "5" },
    only: { type: "string" },
    // EXPLAIN (ANALYZE, BUFFERS) of every case over its target (issue 5: search 50 ms and
    // timeline 30 ms on PostgreSQL, 200 ms on PGlite) or over ratio 1.5, written to this file.
    explain: { type: "string" },
    // One threshold (ms) for EXPLAIN instead of the targets.
    target: { type: "string" },
    "pglite-dir": { type: "string", default: "./data/bench" },
    // The customer list over HTTP: --http starts `next start` from the build in --app-dir
    // (run `npx next build` there first); --http-url uses a server already running on
    // the same database.
    http: { type: "boolean", default: false },
    "http-url": { type: "string" },
    "app-dir": { type: "string", default: "." },
    port: { type: "string", default: "3600" },
    "http-connections": { type: "string", default: "20" },
    "http-seconds": { type: "string", default: "30" },
    "http-warmup": { type: "string", default: "5" },
    // The bulk cases of issue 5, seconds each, so run fewer times than the searches:
    // campaign execution (~200,000 targets at 1M customers) and the CP932 import.
    heavy: { type: "boolean", default: false },
    "campaign-runs": { type: "string", default: "5" },
    "campaign-statuses": { type: "string", default: "新築オーナー客" },
    "import-rows": { type: "string", default: "100000" },
    "import-runs": { type: "string", default: "3" },
  },
});

async function main() {
  // The dataset of `npm run bench:seed`, never the app's own embedded database (absolute:
  // `next start` runs in --app-dir).
  if (!process.env.DATABASE_URL) process.env.PGLITE_DATA_DIR = path.resolve(values["pglite-dir"]);
  const withHttp = values.http || values["http-url"] !== undefined;
  const appDir = path.resolve(values["app-dir"]);
  if (values.http && !existsSync(path.join(appDir, ".next", "BUILD_ID")))
    throw new Error(`no production build in ${appDir}: run \`npx next build\` there first`);
  // A dataset seeded before the latest migrations still gets their tables and indexes.
  await migrateDatabase();
  const run = await runBench({
    runs: Number(values.runs),
    warmup: Number(values.warmup),
    only: values.only,
    explain: values.explain !== undefined,
    explainOverMs: values.target === undefined ? undefined : Number(values.target),
    log: (line) => console.error(line),
  });
  const { statusId, tagId } = run.context;
  // /settings is the app shell with next to nothing in it: the floor of any signed-in page.
  const httpPaths = ["/customers", `/customers?status=${statusId("追客中")}&tag=${tagId("WEB資料請求")}`, "/settings"].filter(
    (p) => !values.only || `http: GET ${p}`.includes(values.only),
  );
  const details = [...run.details];
  if (values.heavy) {
    details.push(
      await campaignExecutionCase({
        runs: Number(values["campaign-runs"]),
        statusNames: values["campaign-statuses"].split(","),
        log: (line) => console.error(line),
      }),
    );
  }
  // The server opens the database itself: a PGlite directory must be closed here first.
  await closeDatabase();
  if (values.heavy)
    details.push(
      await importCase({ rows: Number(values["import-rows"]), runs: Number(values["import-runs"]), log: (line) => console.error(line) }),
    );
  if (withHttp && httpPaths.length) {
    let server: AppServer | undefined;
    try {
      server = values["http-url"]
        ? { url: values["http-url"], stop: async () => {} }
        : await startAppServer({
            appDir,
            port: Number(values.port),
            env: { DATABASE_URL: process.env.DATABASE_URL, PGLITE_DATA_DIR: process.env.PGLITE_DATA_DIR },
            log: (line) => console.error(line),
          });
      details.push(
        ...(await runHttpCases({
          baseUrl: server.url,
          paths: httpPaths,
          connections: Number(values["http-connections"]),
          seconds: Number(values["http-seconds"]),
          warmupSeconds: Number(values["http-warmup"]),
          log: (line) => console.error(line),
        })),
      );
    } finally {
      await server?.stop();
    }
  }
  // The machine is shared: a busy neighbour shows up in p95, so say how busy it was.
  console.log(
    JSON.stringify(run.dataset),
    `load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(" ")}`,
  );
  printTable(details);
  if (values.json) writeJson(values.json, run.dataset, details);
  if (values.explain) writeFileSync(values.explain, `${run.explains.join("\n\n")}\n`);
}

main().catch(async (error: unknown) => {
  console.error(error);
  await closeDatabase();
  process.exitCode = 1;
});
