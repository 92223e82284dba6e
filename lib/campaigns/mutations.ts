import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { campaigns } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { requireUser } from "@/lib/auth/current-user";
import { DomainError, NotFoundError, StaleEditError } from "@/lib/errors";
import {
  criteriaOf,
  storedCriteria,
  campaignRefInput,
  createCampaignInput,
  createFollowUpInput,
  updateCampaignInput,
  type CreateCampaignInput,
  type CreateFollowUpInput,
  type UpdateCampaignInput,
} from "@/lib/campaigns/model/inputs";

export async function createCampaign(input: CreateCampaignInput): Promise<{ id: number }> {
  const actor = await requireUser();
  const { criteria, ...basics } = createCampaignInput.parse(input);
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(campaigns)
      .values({ ...basics, criteria: storedCriteria({ kind: "filter", filter: criteria }), createdBy: actor.id })
      .returning({ id: campaigns.id });
    await recordAudit(tx, { actorId: actor.id, action: "create", entity: "campaign", entityId: created!.id });
    return created!;
  });
}

/** A new draft whose targets will be the source's targets with one outcome (e.g. 未対応). */
export async function createFollowUp(input: CreateFollowUpInput): Promise<{ id: number }> {
  const actor = await requireUser();
  const { sourceCampaignId, sourceOutcome, ...basics } = createFollowUpInput.parse(input);
  return db.transaction(async (tx) => {
    const [source] = await tx.select({ state: campaigns.state }).from(campaigns).where(eq(campaigns.id, sourceCampaignId));
    if (!source) throw new NotFoundError("フォローアップ元の販促活動");
    if (source.state !== "executed") throw new DomainError("フォローアップは実行済みの販促活動から作成できます。");
    const criteria = storedCriteria({ kind: "followUp", sourceCampaignId, outcome: sourceOutcome });
    const [created] = await tx
      .insert(campaigns)
      .values({ ...basics, criteria, sourceCampaignId, sourceOutcome, createdBy: actor.id })
      .returning({ id: campaigns.id });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "create_follow_up",
      entity: "campaign",
      entityId: created!.id,
      diff: { sourceCampaignId, sourceOutcome },
    });
    return created!;
  });
}

/**
 * Saves an edit made from `version`. An executed campaign keeps its name, kind, date and
 * memo editable (a typo is no reason to lose a record), but never its criteria.
 */
export async function updateCampaign(input: UpdateCampaignInput): Promise<{ version: number }> {
  const actor = await requireUser();
  const { id, version, criteria, sourceOutcome, ...basics } = updateCampaignInput.parse(input);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(campaigns).where(eq(campaigns.id, id)).for("update");
    if (!current) throw new NotFoundError("販促活動");
    if (current.version !== version) throw new StaleEditError("この販促活動");
    const stored = criteriaOf(current);
    if (current.state === "executed" && (criteria || sourceOutcome)) {
      throw new DomainError("実行済みの販促活動の抽出条件は変更できません。対象者は実行時点で確定しています。");
    }
    // A follow-up's targets come from its source campaign, a filter campaign's from the filter.
    if ((criteria && stored.kind !== "filter") || (sourceOutcome && stored.kind !== "followUp")) {
      throw new DomainError("この販促活動の抽出条件はこの方法では変更できません。");
    }
    const changes: Partial<typeof campaigns.$inferInsert> = { ...basics };
    if (criteria) changes.criteria = storedCriteria({ kind: "filter", filter: criteria });
    if (sourceOutcome && stored.kind === "followUp") {
      changes.sourceOutcome = sourceOutcome;
      changes.criteria = storedCriteria({ ...stored, outcome: sourceOutcome });
    }
    await tx
      .update(campaigns)
      .set({ ...changes, version: sql`${campaigns.version} + 1`, updatedAt: sql`now()` })
      .where(eq(campaigns.id, id));
    await recordAudit(tx, { actorId: actor.id, action: "update", entity: "campaign", entityId: id });
    return { version: version + 1 };
  });
}

/** Only drafts: an executed campaign is part of its targets' history. */
export async function deleteCampaign(input: { id: number; version: number }): Promise<void> {
  const actor = await requireUser();
  const { id, version } = campaignRefInput.parse(input);
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ state: campaigns.state, version: campaigns.version })
      .from(campaigns)
      .where(eq(campaigns.id, id))
      .for("update");
    if (!current) throw new NotFoundError("販促活動");
    if (current.state !== "draft") throw new DomainError("実行済みの販促活動は削除できません。対象者の対応履歴に記録されています。");
    if (current.version !== version) throw new StaleEditError("この販促活動");
    await tx.delete(campaigns).where(and(eq(campaigns.id, id), eq(campaigns.state, "draft")));
    await recordAudit(tx, { actorId: actor.id, action: "delete", entity: "campaign", entityId: id });
  });
}
