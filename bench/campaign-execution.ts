// 販促活動 at scale (issue 8): executing a campaign over ~200,000 customers through lib/,
// against the same INSERT … SELECT alone, then what users do next with such a campaign.
//   DATABASE_URL=… npx tsx bench/campaign-execution.ts [--runs 5] [--statuses 新築オーナー客]
// Uses the dataset of `npm run bench:seed`; every campaign it executes is deleted again.
// `npm run bench -- --heavy` runs the execution part as one of its cases.
import { parseArgs } from "node:util";
import { closeDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { exportCampaignTargetsCsv } from "@/lib/campaigns/export";
import { labelBatch } from "@/lib/campaigns/labels";
import { setTargetOutcomes } from "@/lib/campaigns/outcomes";
import { listTargets, outcomeCounts } from "@/lib/campaigns/targets";
import { timeCampaignExecution } from "./campaign/execution";
import { percentile, timeOnce } from "./stats";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    statuses: { type: "string", default: "新築オーナー客" },
    "pglite-dir": { type: "string", default: "./data/bench" },
  },
});

async function main() {
  if (!process.env.DATABASE_URL) process.env.PGLITE_DATA_DIR = values["pglite-dir"];
  await migrateDatabase();
  const runs = Number(values.runs);
  const {
    lib,
    limit,
    keptId: kept,
    as,
    remove,
  } = await timeCampaignExecution({ runs, statusNames: values.statuses.split(","), log: (line) => console.error(line) });

  // What users do next with the executed campaign.
  const after: [string, () => Promise<unknown>][] = [
    ["outcome counts (結果の集計)", () => as(() => outcomeCounts(kept))],
    ["targets page 1", () => as(() => listTargets(kept, { page: 1 }))],
    ["targets page 4,000 (offset 199,950)", () => as(() => listTargets(kept, { page: 4000 }))],
    ["labels batch at 198,000", () => as(() => labelBatch(kept, { offset: 198_000, addressedOnly: false }))],
    [
      "bulk 未対応 → 送付済 (all)",
      () => as(() => setTargetOutcomes({ campaignId: kept, target: { kind: "outcome", from: "pending" }, outcome: "sent" })),
    ],
    [
      "CSV export, CP932, read to the end",
      async () => new Response(await as(() => exportCampaignTargetsCsv({ id: kept, encoding: "cp932" }))).arrayBuffer(),
    ],
    ["delete (cleanup, cascades to the timeline)", () => remove(kept)],
  ];
  const rows: [string, string][] = [
    [`execute, lib p50 / p95 (${runs} runs)`, `${percentile(lib, 50)} / ${percentile(lib, 95)} ms`],
    [`execute, limit p50 / p95`, `${percentile(limit, 50)} / ${percentile(limit, 95)} ms`],
  ];
  for (const [label, step] of after) rows.push([label, `${(await timeOnce(step)).toFixed(0)} ms`]);
  for (const [label, value] of rows) console.log(`${label.padEnd(44)} ${value}`);
  await closeDatabase();
}

main().catch(async (error: unknown) => {
  console.error(error);
  await closeDatabase();
  process.exitCode = 1;
});
