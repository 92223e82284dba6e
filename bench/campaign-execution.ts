// 販促活動 at scale (issue 8): executing a campaign over ~200,000 customers through lib/,
// against the same INSERT … SELECT alone, then what users do next with such a campaign.
//   DATABASE_URL=… npx tsx bench/campaign-execution.ts [--runs 5] [--statuses 新規顧客,追客中,商談中,契約]
// Uses the dataset of `npm run bench:seed`; every campaign it executes is deleted again.
import { parseArgs } from "node:util";
import { eq, inArray, sql } from "drizzle-orm";
import { closeDatabase, db, getDatabaseEngine } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { queryRows } from "@/db/rows";
import { campaigns, customers, statuses, users } from "@/db/schema";
import { runAs } from "@/lib/auth/current-user";
import { executeCampaign } from "@/lib/campaigns/execute";
import { exportCampaignTargetsCsv } from "@/lib/campaigns/export";
import { labelBatch } from "@/lib/campaigns/labels";
import { createCampaign } from "@/lib/campaigns/mutations";
import { setTargetOutcomes } from "@/lib/campaigns/outcomes";
import { filterSource, insertTargetsSql } from "@/lib/campaigns/target-sql";
import { listTargets, outcomeCounts } from "@/lib/campaigns/targets";
import { customerFilter } from "@/lib/customers/filter";
import { customerWhere } from "@/lib/customers/filter-sql";
import { percentile, timeOnce } from "./stats";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    statuses: { type: "string", default: "新規顧客,追客中,商談中,契約" },
    "pglite-dir": { type: "string", default: "./data/bench" },
  },
});

class Rollback extends Error {}

async function main() {
  if (!process.env.DATABASE_URL) process.env.PGLITE_DATA_DIR = values["pglite-dir"];
  await migrateDatabase();
  const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.role, "admin")).limit(1);
  if (!admin) throw new Error("no admin: run npm run bench:seed first");
  const names = values.statuses.split(",");
  const statusIds = (await db.select({ id: statuses.id }).from(statuses).where(inArray(statuses.name, names))).map((s) => s.id);
  const filter = customerFilter.parse({ statusIds });
  const [{ n: expected } = { n: 0 }] = await db.select({ n: sql<number>`count(*)::int` }).from(customers).where(customerWhere(filter));
  const as = <T>(fn: () => Promise<T>) => runAs(admin.id, fn);
  const draft = (name: string) => as(() => createCampaign({ name, kind: "dm", criteria: filter }));
  // Timeline entries first, by index: the delete trigger's join with its transition table is
  // planned from statistics that a bench run leaves stale (one campaign entry, it believes).
  const remove = async (id: number) => {
    await db.execute(sql`delete from timeline_entries where kind = 'campaign' and ref_id in (select id from campaign_targets where campaign_id = ${id})`);
    await db.delete(campaigns).where(eq(campaigns.id, id));
  };
  console.log(`${getDatabaseEngine()}: ${expected.toLocaleString()} targets (${names.join("・")})`);

  const runs = Number(values.runs);
  const lib: number[] = [];
  const limit: number[] = [];
  let kept = 0;
  for (let i = 0; i <= runs; i++) {
    // lib/: the whole executeCampaign (claim, freeze + timeline trigger, count, audit).
    const { id } = await draft(`bench execute ${i}`);
    const ms = await timeOnce(async () => {
      const result = await as(() => executeCampaign({ id, version: 1 }));
      if (result.targetCount !== expected) throw new Error(`froze ${result.targetCount}, expected ${expected}`);
    });
    if (i > 0) lib.push(ms); // the first run warms the caches
    if (i < runs) await remove(id);
    else kept = id;
    // The limit: the same INSERT … SELECT (and its trigger) alone, rolled back.
    const { id: spare } = await draft(`bench limit ${i}`);
    let inner = 0;
    await db
      .transaction(async (tx) => {
        inner = await timeOnce(() => queryRows(insertTargetsSql(spare, filterSource(filter)), tx));
        throw new Rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error;
      });
    if (i > 0) limit.push(inner);
    await remove(spare);
    console.error(`run ${i}${i === 0 ? " (warm-up)" : ""}: lib ${ms.toFixed(0)} ms, limit ${inner.toFixed(0)} ms`);
  }

  // What users do next with the executed campaign.
  const after: [string, () => Promise<unknown>][] = [
    ["outcome counts (結果の集計)", () => as(() => outcomeCounts(kept))],
    ["targets page 1", () => as(() => listTargets(kept, { page: 1 }))],
    ["targets page 4,000 (offset 199,950)", () => as(() => listTargets(kept, { page: 4000 }))],
    ["labels batch at 198,000", () => as(() => labelBatch(kept, { offset: 198_000, addressedOnly: false }))],
    ["bulk 未対応 → 送付済 (all)", () => as(() => setTargetOutcomes({ campaignId: kept, target: { kind: "outcome", from: "pending" }, outcome: "sent" }))],
    ["CSV export, CP932, read to the end", async () => new Response(await as(() => exportCampaignTargetsCsv({ id: kept, encoding: "cp932" }))).arrayBuffer()],
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
