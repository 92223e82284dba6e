import { eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { queryRows } from "@/db/rows";
import { campaigns, customers, statuses, users } from "@/db/schema";
import { runAs } from "@/lib/auth/current-user";
import { executeCampaign } from "@/lib/campaigns/execute";
import { createCampaign } from "@/lib/campaigns/mutations";
import { filterSource, insertTargetsSql } from "@/lib/campaigns/target-sql";
import { customerFilter } from "@/lib/customers/model/filter";
import { customerWhere } from "@/lib/customers/filter-sql";
import type { CaseDetail } from "../cases/types";
import { percentile, timeOnce } from "../stats";

class Rollback extends Error {}

export type ExecutionTimes = {
  targets: number;
  lib: number[];
  limit: number[];
  /** The last executed campaign, kept for what users do next; `remove` deletes it. */
  keptId: number;
  as: <T>(fn: () => Promise<T>) => Promise<T>;
  remove: (id: number) => Promise<void>;
};

/**
 * Executes a campaign over the customers of `statusNames` `runs` times after one warm-up,
 * through lib/ (claim, freeze, timeline trigger, count, audit), and times the same
 * INSERT … SELECT alone in a rolled-back transaction: the limit. Every campaign but the
 * last is deleted again.
 */
export async function timeCampaignExecution(options: {
  runs: number;
  statusNames: string[];
  log?: (line: string) => void;
}): Promise<ExecutionTimes> {
  const log = options.log ?? (() => {});
  const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.role, "admin")).limit(1);
  if (!admin) throw new Error("no admin: run npm run bench:seed first");
  const statusIds = (await db.select({ id: statuses.id }).from(statuses).where(inArray(statuses.name, options.statusNames))).map(
    (s) => s.id,
  );
  const filter = customerFilter.parse({ statusIds });
  const [{ n: expected } = { n: 0 }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(customers)
    .where(customerWhere(filter));
  const as = <T>(fn: () => Promise<T>) => runAs(admin.id, fn);
  const draft = (name: string) => as(() => createCampaign({ name, kind: "dm", criteria: filter }));
  // Timeline entries first, by index: the delete trigger's join with its transition table is
  // planned from statistics that a bench run leaves stale (one campaign entry, it believes).
  const remove = async (id: number) => {
    await db.execute(
      sql`delete from timeline_entries where kind = 'campaign' and ref_id in (select id from campaign_targets where campaign_id = ${id})`,
    );
    await db.delete(campaigns).where(eq(campaigns.id, id));
  };
  log(`campaign execution: ${expected.toLocaleString()} targets (${options.statusNames.join("・")})`);
  const lib: number[] = [];
  const limit: number[] = [];
  let keptId = 0;
  for (let i = 0; i <= options.runs; i++) {
    const { id } = await draft(`bench execute ${i}`);
    const ms = await timeOnce(async () => {
      const result = await as(() => executeCampaign({ id, version: 1 }));
      if (result.targetCount !== expected) throw new Error(`froze ${result.targetCount}, expected ${expected}`);
    });
    if (i > 0) lib.push(ms); // the first run warms the caches
    if (i < options.runs) await remove(id);
    else keptId = id;
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
    log(`campaign run ${i}${i === 0 ? " (warm-up)" : ""}: lib ${ms.toFixed(0)} ms, limit ${inner.toFixed(0)} ms`);
  }
  return { targets: expected, lib, limit, keptId, as, remove };
}

/** The runner's case: target ≤ 5 s (issue 5); the last campaign is deleted afterwards. */
export async function campaignExecutionCase(options: {
  runs: number;
  statusNames: string[];
  log?: (line: string) => void;
}): Promise<CaseDetail> {
  const times = await timeCampaignExecution(options);
  await times.remove(times.keptId);
  const p95 = percentile(times.lib, 95);
  const limitP95 = percentile(times.limit, 95);
  return {
    name: `campaign: execute (${times.targets.toLocaleString("en-US")} targets)`,
    p50_ms: percentile(times.lib, 50),
    p95_ms: p95,
    limit_p50_ms: percentile(times.limit, 50),
    limit_p95_ms: limitP95,
    ratio: Math.round((p95 / limitP95) * 100) / 100,
    requests: times.lib.length,
    parts: {},
    mismatch: null,
  };
}
