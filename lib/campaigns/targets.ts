import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { campaignTargets, customers, users } from "@/db/schema";
import { requireUser } from "@/lib/auth/current-user";
import { keywordCondition } from "@/lib/search/keyword-sql";
import { targetListInput, type TargetListInput } from "@/lib/campaigns/model/inputs";
import { TARGET_PAGE_SIZE, OUTCOMES, type Outcome } from "@/lib/campaigns/model/vocabulary";
import { readSnapshot, type TargetSnapshot } from "@/lib/campaigns/model/snapshot";
import { postalOrder } from "./postal-order";
import type { OutcomeCounts } from "@/lib/campaigns/model/vocabulary";

/** Targets per outcome: one index-only scan of (campaign_id, outcome). */
export async function outcomeCounts(campaignId: number): Promise<OutcomeCounts> {
  await requireUser();
  const rows = await db
    .select({ outcome: campaignTargets.outcome, n: sql<number>`count(*)::int` })
    .from(campaignTargets)
    .where(eq(campaignTargets.campaignId, campaignId))
    .groupBy(campaignTargets.outcome);
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as OutcomeCounts;
  for (const row of rows) counts[row.outcome] = row.n;
  return counts;
}

export type TargetItem = {
  id: number;
  customerId: number | null;
  snapshot: TargetSnapshot;
  outcome: Outcome;
  outcomeUpdatedAt: Date | null;
  outcomeUpdatedByName: string | null;
};

/**
 * A page of 対象者 in 〒 order, narrowed by outcome and by a keyword that
 * searches the customers as they are now (the same normalized index as the customer list).
 */
export async function listTargets(campaignId: number, input: TargetListInput) {
  await requireUser();
  const { outcome, keyword, page } = targetListInput.parse(input);
  const matching = keywordCondition(keyword, { grams: customers.searchGrams, text: customers.searchText });
  const where = and(
    eq(campaignTargets.campaignId, campaignId),
    outcome ? eq(campaignTargets.outcome, outcome) : undefined,
    matching ? inArray(campaignTargets.customerId, db.select({ id: customers.id }).from(customers).where(matching)) : undefined,
  );
  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: campaignTargets.id,
        customerId: campaignTargets.customerId,
        snapshot: campaignTargets.snapshot,
        outcome: campaignTargets.outcome,
        outcomeUpdatedAt: campaignTargets.outcomeUpdatedAt,
        outcomeUpdatedByName: users.name,
      })
      .from(campaignTargets)
      .leftJoin(users, eq(users.id, campaignTargets.outcomeUpdatedBy))
      .where(where)
      .orderBy(...postalOrder)
      .limit(TARGET_PAGE_SIZE)
      .offset((page - 1) * TARGET_PAGE_SIZE),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(campaignTargets)
      .where(where),
  ]);
  const items: TargetItem[] = rows.map((r) => ({ ...r, snapshot: readSnapshot(r.snapshot) }));
  return { rows: items, total: count?.n ?? 0, page, outcome, keyword };
}
