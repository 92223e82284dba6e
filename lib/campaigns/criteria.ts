import { customerFilter, EMPTY_FILTER, type CustomerFilter } from "@/lib/customers/filter";
import type { Outcome } from "./vocabulary";

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
