import type { Metadata } from "next";
import Link from "next/link";
import { Pencil } from "lucide-react";
import { CampaignBadges } from "@/components/campaigns/campaign-badges";
import { CampaignOverview } from "@/components/campaigns/campaign-overview";
import { CriteriaSummary } from "@/components/campaigns/criteria-summary";
import { DeleteCampaignButton } from "@/components/campaigns/delete-campaign-button";
import { DmOutput } from "@/components/campaigns/dm-output";
import { ExecuteButton } from "@/components/campaigns/execute-button";
import { FollowUpButton } from "@/components/campaigns/follow-up-button";
import { OutcomeSummary } from "@/components/campaigns/outcome-summary";
import { TargetPreview } from "@/components/campaigns/target-preview";
import { TargetsPanel } from "@/components/campaigns/targets-panel";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/page-guards";
import { pageCampaign } from "@/lib/campaigns/page-query";
import { previewCampaign } from "@/lib/campaigns/preview";
import { TARGET_PAGE_SIZE } from "@/lib/campaigns/model/vocabulary";
import { listTargets, outcomeCounts } from "@/lib/campaigns/targets";
import { customerSettings } from "@/lib/customer-settings/queries";
import { isFeatureEnabled } from "@/lib/features/queries";
import { organizationNames } from "@/lib/organizations/queries";

export const metadata: Metadata = { title: "販促活動" };

const SAVED: Record<string, string> = {
  created: "下書きを保存しました。対象者を確認して「実行」してください。",
  updated: "変更を保存しました",
  executed: "実行しました。対象者が確定し、各顧客の対応履歴に記録されました。",
  alreadyExecuted: "この販促活動はすでに実行されています(二重には実行されません)。",
  followUp: "フォローアップの下書きを作成しました。内容を確認して「実行」してください。",
};

type SearchParams = Promise<{ saved?: string; outcome?: string; q?: string; page?: string }>;

export default async function CampaignPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  await pageUser();
  const [detail, lists, query, organizationsEnabled] = await Promise.all([
    pageCampaign((await params).id),
    customerSettings(),
    searchParams,
    isFeatureEnabled("organizations"),
  ]);
  const { campaign, criteria } = detail;
  const executed = campaign.state === "executed";
  const orgId = criteria.kind === "filter" ? criteria.filter.organizationId : undefined;
  const [preview, counts, targets, orgNames] = await Promise.all([
    executed ? null : previewCampaign({ id: campaign.id }),
    executed ? outcomeCounts(campaign.id) : null,
    executed ? listTargets(campaign.id, { outcome: query.outcome, keyword: query.q, page: query.page }) : null,
    organizationsEnabled && orgId ? organizationNames([orgId]) : null,
  ]);
  const flash = query.saved ? SAVED[query.saved] : undefined;
  return (
    <>
      <Breadcrumbs items={[{ label: "販促活動", href: "/campaigns" }, { label: campaign.name }]} />
      <div className="mb-5 space-y-3">
        <div className="space-y-1.5">
          <h1 className="text-xl font-bold break-words text-slate-900 sm:text-2xl">{campaign.name}</h1>
          <CampaignBadges kind={campaign.kind} state={campaign.state} followUp={criteria.kind === "followUp"} />
        </div>
        <div className="flex flex-wrap gap-2">
          {!executed && <ExecuteButton campaign={campaign} />}
          {executed && counts && <DmOutput campaignId={campaign.id} total={campaign.targetCount ?? 0} />}
          {executed && counts && <FollowUpButton campaign={campaign} counts={counts} />}
          <Link href={`/campaigns/${campaign.id}/edit`} className={buttonClass("secondary")}>
            <Pencil aria-hidden className="size-4" />
            編集
          </Link>
          {!executed && <DeleteCampaignButton campaign={campaign} />}
        </div>
      </div>
      {flash && (
        <Alert tone="success" className="mb-5">
          {flash}
        </Alert>
      )}
      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <Card className="p-5 sm:p-6">
          <h2 className="mb-3 text-base font-semibold text-slate-900">概要</h2>
          <CampaignOverview detail={detail} />
        </Card>
        <Card className="p-5 sm:p-6">
          <h2 className="mb-3 text-base font-semibold text-slate-900">{executed ? "抽出条件(実行時・変更不可)" : "抽出条件"}</h2>
          <CriteriaSummary
            criteria={criteria}
            lists={lists}
            organizationName={orgId ? (orgNames?.get(orgId) ?? null) : null}
            source={detail.source}
          />
        </Card>
        {preview && (
          <Card className="p-5 sm:p-6 lg:col-span-2">
            <h2 className="mb-3 text-base font-semibold text-slate-900">対象者のプレビュー(現時点)</h2>
            <TargetPreview preview={preview} pending={false} error={null} lists={lists} />
          </Card>
        )}
        {counts && (
          <Card className="p-5 sm:p-6 lg:col-span-2">
            <h2 className="mb-3 text-base font-semibold text-slate-900">結果の集計</h2>
            <OutcomeSummary counts={counts} campaignId={campaign.id} />
          </Card>
        )}
      </div>
      {targets && counts && (
        <section id="targets" className="mt-6 scroll-mt-4" aria-labelledby="targets-heading">
          <h2 id="targets-heading" className="mb-3 text-lg font-semibold text-slate-900">
            対象者
          </h2>
          <TargetsPanel
            campaignId={campaign.id}
            rows={targets.rows}
            total={targets.total}
            page={targets.page}
            pageSize={TARGET_PAGE_SIZE}
            outcome={targets.outcome}
            keyword={targets.keyword}
            counts={counts}
          />
        </section>
      )}
    </>
  );
}
