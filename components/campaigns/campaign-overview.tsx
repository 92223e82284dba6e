import type { CampaignDetail } from "@/lib/campaigns/queries";
import { KIND_LABELS } from "@/lib/campaigns/model/vocabulary";
import { formatDateTime } from "@/lib/shared/format";

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-0.5 sm:grid-cols-[7rem_1fr] sm:gap-3">
      <dt className="text-xs font-semibold text-slate-500 sm:pt-0.5">{label}</dt>
      <dd className="text-sm text-slate-800">{children}</dd>
    </div>
  );
}

/** 概要: what, when, who created and who executed it, and the frozen count. */
export function CampaignOverview({ detail }: { detail: CampaignDetail }) {
  const { campaign } = detail;
  return (
    <dl className="space-y-2.5">
      <Item label="種類">{KIND_LABELS[campaign.kind]}</Item>
      <Item label="実施予定日">
        {campaign.plannedOn ? campaign.plannedOn.replaceAll("-", "/") : <span className="text-slate-400">未定</span>}
      </Item>
      {campaign.description && (
        <Item label="内容・メモ">
          <span className="whitespace-pre-wrap">{campaign.description}</span>
        </Item>
      )}
      <Item label="作成">
        {formatDateTime(campaign.createdAt)}
        {detail.createdByName && ` ${detail.createdByName}`}
      </Item>
      {campaign.executedAt && (
        <Item label="実行">
          {formatDateTime(campaign.executedAt)}
          {detail.executedByName && ` ${detail.executedByName}`}
        </Item>
      )}
      {campaign.state === "executed" && (
        <Item label="対象者数">
          <strong className="tabular-nums">{(campaign.targetCount ?? 0).toLocaleString("ja-JP")}人</strong>
          <span className="ml-2 text-xs text-slate-500">(実行時に確定)</span>
        </Item>
      )}
    </dl>
  );
}
