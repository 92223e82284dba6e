import { Badge } from "@/components/ui/badge";
import { Chip } from "@/components/customers/chip";
import {
  KIND_LABELS,
  OUTCOME_COLORS,
  OUTCOME_LABELS,
  STATE_LABELS,
  type CampaignKind,
  type CampaignState,
  type Outcome,
} from "@/lib/campaigns/model/vocabulary";

/** 種類 and 状態 of a campaign, side by side. */
export function CampaignBadges({ kind, state, followUp }: { kind: CampaignKind; state: CampaignState; followUp?: boolean }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <Badge tone={state === "executed" ? "success" : "warning"}>{STATE_LABELS[state]}</Badge>
      <Badge tone="brand">{KIND_LABELS[kind]}</Badge>
      {followUp && <Badge>フォローアップ</Badge>}
    </span>
  );
}

export function OutcomeChip({ outcome }: { outcome: Outcome }) {
  return <Chip color={OUTCOME_COLORS[outcome]}>{OUTCOME_LABELS[outcome]}</Chip>;
}
