import type { ChipColor } from "@/lib/customer-settings/model";
import { customerFilter, EMPTY_FILTER, type CustomerFilter } from "@/lib/customers/model";
import { z } from "zod";
import { pageNumber } from "@/lib/shared/validation/page-number";
import { recordId, recordVersion } from "@/lib/shared/validation/record-id";
import { searchKeyword } from "@/lib/shared/validation/search-keyword";

/*
 * 販促活動's browser-safe model: vocabulary, response rates, page sizes, criteria, inputs and
 * the target snapshot. The forms, badges and lists use it as well as lib/campaigns/*.
 */

export const CAMPAIGN_KINDS = ["dm", "newsletter", "event", "email", "phone", "other"] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

export const KIND_LABELS: Record<CampaignKind, string> = {
  dm: "DM",
  newsletter: "ニュースレター",
  event: "イベント案内",
  email: "メール",
  phone: "電話",
  other: "その他",
};

export const OUTCOMES = ["pending", "sent", "responded", "visited", "won", "undelivered"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Record<Outcome, string> = {
  pending: "未対応",
  sent: "送付済",
  responded: "反応あり",
  visited: "来場",
  won: "成約",
  undelivered: "不達",
};

export const OUTCOME_COLORS: Record<Outcome, ChipColor> = {
  pending: "gray",
  sent: "blue",
  responded: "amber",
  visited: "teal",
  won: "green",
  undelivered: "red",
};

/** The outcomes that count as a response (反応率): the target answered in some way. */
export const RESPONSE_OUTCOMES: readonly Outcome[] = ["responded", "visited", "won"];

export const CAMPAIGN_STATES = ["draft", "executed"] as const;
export type CampaignState = (typeof CAMPAIGN_STATES)[number];

export const STATE_LABELS: Record<CampaignState, string> = { draft: "下書き", executed: "実行済み" };

export type OutcomeCounts = Record<Outcome, number>;

export type ResponseSummary = {
  total: number;
  byOutcome: { outcome: Outcome; count: number; rate: number }[];
  /** 反応率: 反応あり + 来場 + 成約, over every target. */
  responseRate: number;
  /** 成約率: 成約 over every target. */
  wonRate: number;
  /** Targets the DM reached (all but 不達). */
  delivered: number;
};

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/** The campaign's result at a glance, from its counts per outcome. */
export function responseSummary(counts: OutcomeCounts): ResponseSummary {
  const total = OUTCOMES.reduce((sum, o) => sum + counts[o], 0);
  const responded = RESPONSE_OUTCOMES.reduce((sum, o) => sum + counts[o], 0);
  return {
    total,
    byOutcome: OUTCOMES.map((outcome) => ({ outcome, count: counts[outcome], rate: ratio(counts[outcome], total) })),
    responseRate: ratio(responded, total),
    wonRate: ratio(counts.won, total),
    delivered: total - counts.undelivered,
  };
}

/** 12.3%: one decimal, as a rate is read on a report. */
export function formatRate(rate: number): string {
  return `${(Math.round(rate * 1000) / 10).toLocaleString("ja-JP", { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
}

// Page and batch sizes.

/** 対象者のプレビュー: enough to check the criteria picked the right people. */
export const PREVIEW_SIZE = 20;
export const CAMPAIGN_PAGE_SIZE = 30;
export const TARGET_PAGE_SIZE = 50;
/** A4 label sheets of 2 columns × 6 rows (the common 12面 address label). */
export const LABELS_PER_SHEET = 12;
/** Labels per printed batch: 100 sheets keep one page light enough for any browser to print. */
export const LABELS_PER_BATCH = 1200;

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

/**
 * A target as it was when the campaign ran (campaign_targets.snapshot): what a DM, a label
 * and the list show, whatever happened to the customer since.
 */
export const targetSnapshot = z.object({
  name: z.string().catch(""),
  nameKana: z.string().catch(""),
  postalCode: z.string().catch(""),
  address: z.string().catch(""),
  status: z.string().catch(""),
  class: z.string().nullable().catch(null),
  organization: z.string().nullable().catch(null),
});

export type TargetSnapshot = z.infer<typeof targetSnapshot>;

export function readSnapshot(value: unknown): TargetSnapshot {
  return targetSnapshot.parse(value && typeof value === "object" ? value : {});
}

/** 〒123-4567, or empty when the customer had no postal code. */
export function postalLine(snapshot: Pick<TargetSnapshot, "postalCode">): string {
  return snapshot.postalCode ? `〒${snapshot.postalCode}` : "";
}

/** The addressee as printed: 「山田 太郎 様」. */
export function addressee(snapshot: Pick<TargetSnapshot, "name">): string {
  return `${snapshot.name} 様`;
}
