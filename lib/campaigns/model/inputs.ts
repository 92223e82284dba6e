import { customerFilter, EMPTY_FILTER, type CustomerFilter } from "@/lib/customers/model/filter";
import { z } from "zod";
import { pageNumber } from "@/lib/shared/validation/page-number";
import { recordId, recordVersion } from "@/lib/shared/validation/record-id";
import { searchKeyword } from "@/lib/shared/validation/search-keyword";
import { CAMPAIGN_KINDS, OUTCOMES, type Outcome, CAMPAIGN_STATES } from "./vocabulary";

/**
 * How a campaign picks its targets: the customer filter (the one filter model of the list),
 * or, for a follow-up, the targets of an executed campaign that have one outcome.
 */
export type CampaignCriteria =
  { kind: "filter"; filter: CustomerFilter } | { kind: "followUp"; sourceCampaignId: number; outcome: Outcome };

type StoredRow = { criteria: Record<string, unknown>; sourceCampaignId: number | null; sourceOutcome: Outcome | null };

/** The stored jsonb read back; a criterion the model no longer knows falls back to none. */
export function criteriaOf(row: StoredRow): CampaignCriteria {
  if (row.sourceCampaignId !== null && row.sourceOutcome !== null) {
    return { kind: "followUp", sourceCampaignId: row.sourceCampaignId, outcome: row.sourceOutcome };
  }
  const parsed = customerFilter.safeParse(row.criteria);
  return { kind: "filter", filter: parsed.success ? parsed.data : EMPTY_FILTER };
}

/** The jsonb written to campaigns.criteria (the columns carry a follow-up's source too). */
export function storedCriteria(criteria: CampaignCriteria): Record<string, unknown> {
  return criteria.kind === "filter" ? { ...criteria.filter } : { sourceCampaignId: criteria.sourceCampaignId, outcome: criteria.outcome };
}

const id = recordId("販促活動が見つかりません");
const version = recordVersion;
export const outcome = z.enum(OUTCOMES, { message: "結果を選択してください" });

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split("-").map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}

/** 実施予定日: a date input's value (YYYY-MM-DD) or empty for 未定. */
const plannedOn = z
  .string()
  .trim()
  .nullish()
  .transform((v) => v || null)
  .refine((v) => v === null || (/^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDate(v)), "実施予定日の形式が正しくありません(例: 2026-04-01)");

/** What every campaign has, draft or executed: the parts a user may still correct later. */
export const campaignBasics = z.object({
  name: z
    .string({ message: "名称を入力してください" })
    .trim()
    .min(1, "名称を入力してください")
    .max(100, "名称は100文字以内で入力してください"),
  kind: z.enum(CAMPAIGN_KINDS, { message: "種類を選択してください" }),
  plannedOn,
  description: z.string().trim().max(2000, "内容・メモは2,000文字以内で入力してください").default(""),
});

export const createCampaignInput = campaignBasics.extend({ criteria: customerFilter });

/** A follow-up: the targets of an executed campaign whose outcome is `sourceOutcome`. */
export const createFollowUpInput = campaignBasics.extend({ sourceCampaignId: id, sourceOutcome: outcome });

/**
 * An edit from `version`. Criteria (or a follow-up's outcome) only while a draft: after
 * execution the targets are frozen, so sending them is refused rather than ignored.
 */
export const updateCampaignInput = campaignBasics.extend({
  id,
  version,
  criteria: customerFilter.optional(),
  sourceOutcome: outcome.optional(),
});

export const campaignRefInput = z.object({ id, version });
export const campaignIdInput = z.object({ id });
export const previewTargetsInput = z.object({ criteria: customerFilter });

/** The ticked targets, or every target of the campaign (with one outcome, or any). */
export const outcomeTarget = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("ids"),
    ids: z
      .array(recordId("対象者を選択し直してください"))
      .min(1, "対象者を選択してください")
      .max(1000, "一度に選択できるのは1,000件までです"),
  }),
  z.object({ kind: z.literal("outcome"), from: outcome }),
  z.object({ kind: z.literal("all") }),
]);

export const setOutcomesInput = z.object({ campaignId: id, target: outcomeTarget, outcome });

export const campaignListInput = z.object({
  state: z.enum(CAMPAIGN_STATES).optional().catch(undefined),
  kind: z.enum(CAMPAIGN_KINDS).optional().catch(undefined),
  keyword: searchKeyword,
  page: pageNumber,
});

export const targetListInput = z.object({
  outcome: outcome.optional().catch(undefined),
  keyword: searchKeyword,
  page: pageNumber,
});

export type CreateCampaignInput = z.input<typeof createCampaignInput>;
export type CreateFollowUpInput = z.input<typeof createFollowUpInput>;
export type UpdateCampaignInput = z.input<typeof updateCampaignInput>;
export type SetOutcomesInput = z.input<typeof setOutcomesInput>;
export type OutcomeTarget = z.infer<typeof outcomeTarget>;
export type CampaignListInput = { state?: string; kind?: string; keyword?: string; page?: string | number };
/** From a URL: anything goes in, and what does not parse falls back to the default. */
export type TargetListInput = { outcome?: string; keyword?: string; page?: string | number };
