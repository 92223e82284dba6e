import { OUTCOMES, RESPONSE_OUTCOMES, type Outcome } from "./vocabulary";

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
