import type { ChipColor } from "@/lib/customer-settings/colors";

// Kept free of database imports: the browser's forms and badges use these words too.

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
