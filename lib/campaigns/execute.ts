import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db, type Database } from "@/db/client";
import { queryRows } from "@/db/rows";
import { campaigns } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { requireUser } from "@/lib/auth/current-user";
import { holdCustomersAgainstDeletion } from "@/lib/customers/deletion-lock";
import { DomainError, NotFoundError, StaleEditError } from "@/lib/errors";
import { criteriaOf, campaignRefInput } from "@/lib/campaigns/model/inputs";
import { insertTargetsSql, targetSource } from "./target-sql";

export type ExecuteResult = { targetCount: number; alreadyExecuted: boolean };

/** A claim that found no draft: executed meanwhile (a double click, a second tab) is success. */
async function settled(tx: Database, id: number): Promise<ExecuteResult> {
  const [row] = await tx.select({ state: campaigns.state, targetCount: campaigns.targetCount }).from(campaigns).where(eq(campaigns.id, id));
  if (!row) throw new NotFoundError("販促活動");
  if (row.state === "executed") return { targetCount: row.targetCount ?? 0, alreadyExecuted: true };
  throw new StaleEditError("この販促活動");
}

/**
 * 実行: freezes the targets in one transaction. The first statement claims the draft
 * (state draft → executed, with the version the user confirmed); its row lock makes a
 * concurrent second call wait, then find no draft and answer the finished result. The
 * timestamp is set before the targets go in, because the timeline trigger copies it.
 */
export async function executeCampaign(input: { id: number; version: number }): Promise<ExecuteResult> {
  const actor = await requireUser();
  const { id, version } = campaignRefInput.parse(input);
  const [campaign] = await db.select().from(campaigns).where(eq(campaigns.id, id));
  if (!campaign) throw new NotFoundError("販促活動");
  if (campaign.state === "executed") return { targetCount: campaign.targetCount ?? 0, alreadyExecuted: true };
  if (campaign.version !== version) throw new StaleEditError("この販促活動");
  const source = await targetSource(criteriaOf(campaign));
  return db.transaction(async (tx) => {
    const claimed = await tx
      .update(campaigns)
      .set({
        state: "executed",
        executedAt: sql`now()`,
        executedBy: actor.id,
        version: sql`${campaigns.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(campaigns.id, id), eq(campaigns.state, "draft"), eq(campaigns.version, version)))
      .returning({ id: campaigns.id });
    if (claimed.length === 0) return settled(tx, id);
    await holdCustomersAgainstDeletion(tx);
    const [inserted] = await queryRows<{ n: number }>(insertTargetsSql(id, source), tx);
    const targetCount = inserted?.n ?? 0;
    // Thrown inside the transaction, so the claim rolls back and the draft stays a draft.
    if (targetCount === 0) throw new DomainError("対象者が0人のため実行できません。抽出条件を見直してください。");
    await tx.update(campaigns).set({ targetCount }).where(eq(campaigns.id, id));
    await recordAudit(tx, { actorId: actor.id, action: "execute", entity: "campaign", entityId: id, diff: { targetCount } });
    return { targetCount, alreadyExecuted: false };
  });
}
