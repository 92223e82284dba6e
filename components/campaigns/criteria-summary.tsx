import Link from "next/link";
import { Chip } from "@/components/customers/chip";
import type { CustomerSettingsLists } from "@/components/customers/customer-attribute-fields";
import type { CampaignCriteria } from "@/lib/campaigns/model/inputs";
import { OUTCOME_LABELS } from "@/lib/campaigns/model/vocabulary";
import { isFilterEmpty } from "@/lib/customers/model/filter";

type Named = { id: number; name: string; color: string };

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 sm:grid-cols-[7rem_1fr] sm:gap-3">
      <dt className="text-xs font-semibold text-slate-500 sm:pt-0.5">{label}</dt>
      <dd className="flex flex-wrap items-center gap-1.5 text-sm text-slate-800">{children}</dd>
    </div>
  );
}

function chips(ids: number[], list: Named[]) {
  return ids.map((id) => {
    const item = list.find((x) => x.id === id);
    return (
      <Chip key={id} color={item?.color ?? "gray"}>
        {item?.name ?? `削除済み(#${id})`}
      </Chip>
    );
  });
}

/**
 * The criteria in words, read-only: what a draft will extract, or what an executed
 * campaign extracted. A follow-up names its source campaign and outcome instead.
 */
export function CriteriaSummary({
  criteria,
  lists,
  organizationName,
  source,
}: {
  criteria: CampaignCriteria;
  lists: CustomerSettingsLists;
  /** The filter's organization by name; null while 顧客組織 is off (the criterion is then ignored). */
  organizationName: string | null;
  source: { id: number; name: string } | null;
}) {
  if (criteria.kind === "followUp") {
    return (
      <p className="text-sm text-slate-800">
        <Link href={`/campaigns/${criteria.sourceCampaignId}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
          {source?.name ?? `販促活動 #${criteria.sourceCampaignId}`}
        </Link>
        の対象者のうち、結果が「{OUTCOME_LABELS[criteria.outcome]}」の顧客
      </p>
    );
  }
  const { filter } = criteria;
  if (isFilterEmpty(filter)) return <p className="text-sm text-slate-800">条件なし(すべての顧客)</p>;
  return (
    <dl className="space-y-2">
      {filter.keyword && <Row label="キーワード">「{filter.keyword}」</Row>}
      {filter.statusIds.length > 0 && <Row label="ステータス">{chips(filter.statusIds, lists.statuses)}</Row>}
      {filter.classIds.length > 0 && <Row label="客区分">{chips(filter.classIds, lists.classes)}</Row>}
      {filter.tagIds.length > 0 && (
        <Row label={filter.tagMode === "all" ? "タグ(すべて)" : "タグ(いずれか)"}>{chips(filter.tagIds, lists.tags)}</Row>
      )}
      {filter.importantOnly && <Row label="重要">重要顧客のみ</Row>}
      {filter.organizationId !== undefined && organizationName !== null && <Row label="所属組織">{organizationName}</Row>}
    </dl>
  );
}
