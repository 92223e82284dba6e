import "server-only";
import { alias } from "drizzle-orm/pg-core";
import { and, desc, eq, ilike, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { campaignTargets, campaigns, users, type CampaignRow } from "@/db/schema";
import { requireUser } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/errors";
import {
  criteriaOf,
  type CampaignCriteria,
  campaignIdInput,
  campaignListInput,
  type CampaignListInput,
} from "@/lib/campaigns/model/inputs";
import { CAMPAIGN_PAGE_SIZE, RESPONSE_OUTCOMES, type CampaignKind, type CampaignState } from "@/lib/campaigns/model/vocabulary";

export type CampaignListItem = {
  id: number;
  name: string;
  kind: CampaignKind;
  state: CampaignState;
  plannedOn: string | null;
  targetCount: number | null;
  responded: number;
  executedAt: Date | null;
  createdAt: Date;
  followUp: boolean;
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/** 販促活動一覧: newest first, by state, kind and a word of the name; responses counted per page. */
export async function listCampaigns(input: CampaignListInput) {
  await requireUser();
  const { state, kind, keyword, page } = campaignListInput.parse(input);
  const where = and(
    state ? eq(campaigns.state, state) : undefined,
    kind ? eq(campaigns.kind, kind) : undefined,
    keyword ? ilike(campaigns.name, `%${escapeLike(keyword)}%`) : undefined,
  );
  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: campaigns.id,
        name: campaigns.name,
        kind: campaigns.kind,
        state: campaigns.state,
        plannedOn: campaigns.plannedOn,
        targetCount: campaigns.targetCount,
        executedAt: campaigns.executedAt,
        createdAt: campaigns.createdAt,
        sourceCampaignId: campaigns.sourceCampaignId,
      })
      .from(campaigns)
      .where(where)
      .orderBy(desc(campaigns.createdAt), desc(campaigns.id))
      .limit(CAMPAIGN_PAGE_SIZE)
      .offset((page - 1) * CAMPAIGN_PAGE_SIZE),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(campaigns)
      .where(where),
  ]);
  const responded = await respondedCounts(rows.filter((r) => r.state === "executed").map((r) => r.id));
  const items: CampaignListItem[] = rows.map(({ sourceCampaignId, ...r }) => ({
    ...r,
    followUp: sourceCampaignId !== null,
    responded: responded.get(r.id) ?? 0,
  }));
  return { rows: items, total: count?.n ?? 0, page, state, kind, keyword };
}

/** Responses of a page of campaigns: an index-only count on (campaign_id, outcome). */
async function respondedCounts(ids: number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: campaignTargets.campaignId, n: sql<number>`count(*)::int` })
    .from(campaignTargets)
    .where(and(inArray(campaignTargets.campaignId, ids), inArray(campaignTargets.outcome, [...RESPONSE_OUTCOMES])))
    .groupBy(campaignTargets.campaignId);
  return new Map(rows.map((r) => [r.id, r.n]));
}

export type CampaignDetail = {
  campaign: CampaignRow;
  criteria: CampaignCriteria;
  createdByName: string | null;
  executedByName: string | null;
  source: { id: number; name: string } | null;
};

const creator = alias(users, "creator");
const executor = alias(users, "executor");
const source = alias(campaigns, "source");

export async function getCampaign(id: number): Promise<CampaignDetail> {
  await requireUser();
  campaignIdInput.parse({ id });
  const [row] = await db
    .select({ campaign: campaigns, createdByName: creator.name, executedByName: executor.name, sourceName: source.name })
    .from(campaigns)
    .leftJoin(creator, eq(creator.id, campaigns.createdBy))
    .leftJoin(executor, eq(executor.id, campaigns.executedBy))
    .leftJoin(source, eq(source.id, campaigns.sourceCampaignId))
    .where(eq(campaigns.id, id));
  if (!row) throw new NotFoundError("販促活動");
  const { campaign, sourceName } = row;
  return {
    campaign,
    criteria: criteriaOf(campaign),
    createdByName: row.createdByName,
    executedByName: row.executedByName,
    source: campaign.sourceCampaignId !== null && sourceName !== null ? { id: campaign.sourceCampaignId, name: sourceName } : null,
  };
}
