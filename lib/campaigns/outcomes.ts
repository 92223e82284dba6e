import "server-only";
import { and, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { queryRows } from "@/db/rows";
import { campaignTargets, campaigns } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { requireUser } from "@/lib/auth/current-user";
import { DomainError, NotFoundError } from "@/lib/errors";
import { setOutcomesInput, type OutcomeTarget, type SetOutcomesInput } from "@/lib/campaigns/model/inputs";

function targetWhere(campaignId: number, target: OutcomeTarget): SQL {
  const inCampaign = eq(campaignTargets.campaignId, campaignId);
  switch (target.kind) {
    case "ids":
      return and(inCampaign, inArray(campaignTargets.id, target.ids))!;
    case "outcome":
      return and(inCampaign, eq(campaignTargets.outcome, target.from))!;
    case "all":
      return inCampaign;
  }
}

/**
 * 結果 of one target, the ticked ones, or all with one outcome (送付済 after the DM went
 * out). No version check: one value per target, and the last word is the right one. Rows
 * that already have the outcome keep their "updated by" and time.
 */
export async function setTargetOutcomes(input: SetOutcomesInput): Promise<{ updated: number }> {
  const actor = await requireUser();
  const { campaignId, target, outcome } = setOutcomesInput.parse(input);
  return db.transaction(async (tx) => {
    const [campaign] = await tx.select({ state: campaigns.state }).from(campaigns).where(eq(campaigns.id, campaignId));
    if (!campaign) throw new NotFoundError("販促活動");
    if (campaign.state !== "executed") throw new DomainError("結果は販促活動を実行してから記録できます。");
    // Counted in the database: a bulk change of 200,000 rows sends back one number.
    const [row] = await queryRows<{ n: number }>(
      sql`with changed as (
            update ${campaignTargets} set outcome = ${outcome}, outcome_updated_at = now(), outcome_updated_by = ${actor.id}
            where ${targetWhere(campaignId, target)} and ${ne(campaignTargets.outcome, outcome)}
            returning 1
          )
          select count(*)::int as n from changed`,
      tx,
    );
    const updated = row?.n ?? 0;
    // One audit row per request, not per target: a bulk change of 200,000 stays one record.
    await recordAudit(tx, {
      actorId: actor.id,
      action: "set_outcome",
      entity: "campaign",
      entityId: campaignId,
      diff: { target, outcome, updated },
    });
    return { updated };
  });
}
