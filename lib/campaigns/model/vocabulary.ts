import type { ChipColor } from "@/lib/customer-settings/model/colors";

/*
 * 販促活動's words, response rates and page sizes: what badges, lists and forms show. No zod
 * schema here: a page pays for every schema of a module it imports (they are top-level
 * calls a bundler keeps), so the input schemas live in ./inputs.
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
