import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { queryRows } from "@/db/rows";
import { customers } from "@/db/schema";

/**
 * Up to this many matches are counted exactly. Counting more means reading every match
 * (hundreds of milliseconds at a million customers), so past it the planner's estimate
 * is shown as 「約」: the rows on screen are always exact, only the total is rounded.
 */
export const EXACT_COUNT_LIMIT = 10_000;

/**
 * When the planner expects this many matches or more, the capped count is not run: it
 * would read 10,001 rows (at a million customers, 林 matches 74,000 and reading the
 * first 10,001 took 30–130 ms) only to say 「約」 anyway. Five times the limit leaves
 * room for the estimate's error: below it, the count decides.
 */
export const SURELY_OVER_LIMIT = EXACT_COUNT_LIMIT * 5;

export type MatchCount = { total: number; totalIsEstimate: boolean };

export async function countCustomers(where: SQL | undefined): Promise<MatchCount> {
  const condition = where ?? sql`true`;
  const estimate = await plannerEstimate(condition);
  if (estimate >= SURELY_OVER_LIMIT) return { total: estimate, totalIsEstimate: true };
  const [capped] = await queryRows<{ n: number }>(
    sql`select count(*)::int as n from (select 1 from ${customers} where ${condition} limit ${EXACT_COUNT_LIMIT + 1}) matches`,
  );
  const n = capped?.n ?? 0;
  if (n <= EXACT_COUNT_LIMIT) return { total: n, totalIsEstimate: false };
  return { total: Math.max(estimate, n), totalIsEstimate: true };
}

/** The planner's row estimate for the filter: from statistics, without reading the rows. */
async function plannerEstimate(condition: SQL): Promise<number> {
  const [row] = await queryRows<Record<string, unknown>>(sql`explain (format json) select 1 from ${customers} where ${condition}`);
  const raw = row ? Object.values(row)[0] : undefined;
  const plan = (typeof raw === "string" ? JSON.parse(raw) : raw) as [{ Plan: { "Plan Rows": number } }] | undefined;
  return Math.round(plan?.[0]?.Plan["Plan Rows"] ?? 0);
}
