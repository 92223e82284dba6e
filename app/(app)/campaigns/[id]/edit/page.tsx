import type { Metadata } from "next";
import { CampaignForm, type FormCriteria } from "@/components/campaigns/campaign-form";
import { CriteriaSummary } from "@/components/campaigns/criteria-summary";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { pageUser } from "@/lib/auth/page-guards";
import type { CampaignDetail } from "@/lib/campaigns/queries";
import { pageCampaign } from "@/lib/campaigns/page-query";
import { previewTargets } from "@/lib/campaigns/preview";
import { outcomeCounts } from "@/lib/campaigns/targets";
import { customerSettings } from "@/lib/customer-settings/queries";
import { isFeatureEnabled } from "@/lib/features/queries";
import { organizationNames } from "@/lib/organizations/queries";

export const metadata: Metadata = { title: "販促活動の編集" };

/** What the form may change: a draft's filter or follow-up outcome; nothing once executed. */
async function formCriteria({ campaign, criteria, source }: CampaignDetail, organizationsEnabled: boolean): Promise<FormCriteria> {
  if (campaign.state === "executed") return { kind: "frozen" };
  if (criteria.kind === "followUp") {
    return {
      kind: "followUp",
      outcome: criteria.outcome,
      sourceName: source?.name ?? "",
      counts: await outcomeCounts(criteria.sourceCampaignId),
    };
  }
  const { filter } = criteria;
  const names = organizationsEnabled && filter.organizationId ? await organizationNames([filter.organizationId]) : null;
  const organization =
    filter.organizationId && names?.has(filter.organizationId)
      ? { id: filter.organizationId, name: names.get(filter.organizationId)! }
      : null;
  return { kind: "filter", filter, organization, preview: await previewTargets({ criteria: filter }) };
}

export default async function EditCampaignPage({ params }: { params: Promise<{ id: string }> }) {
  await pageUser();
  const [detail, lists, organizationsEnabled] = await Promise.all([
    pageCampaign((await params).id),
    customerSettings(),
    isFeatureEnabled("organizations"),
  ]);
  const { campaign } = detail;
  const criteria = await formCriteria(detail, organizationsEnabled);
  return (
    <>
      <Breadcrumbs
        items={[{ label: "販促活動", href: "/campaigns" }, { label: campaign.name, href: `/campaigns/${campaign.id}` }, { label: "編集" }]}
      />
      <PageHeader title={`${campaign.name} の編集`} />
      {criteria.kind === "frozen" && (
        <div className="mb-5 space-y-3">
          <Alert tone="info">実行済みのため、対象者と抽出条件は変更できません。名称・種類・実施予定日・内容・メモは修正できます。</Alert>
          <Card className="p-5">
            <h2 className="mb-3 text-sm font-semibold text-slate-700">抽出条件(実行時)</h2>
            <CriteriaSummary criteria={detail.criteria} lists={lists} organizationName={null} source={detail.source} />
          </Card>
        </div>
      )}
      <CampaignForm
        editing={{ id: campaign.id, version: campaign.version }}
        initialBasics={{ name: campaign.name, kind: campaign.kind, plannedOn: campaign.plannedOn ?? "", description: campaign.description }}
        criteria={criteria}
        lists={lists}
        organizationsEnabled={organizationsEnabled}
      />
    </>
  );
}
