import type { Metadata } from "next";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { pageUser } from "@/lib/auth/page-guards";
import { previewTargets } from "@/lib/campaigns/preview";
import { customerSettings } from "@/lib/customer-settings/queries";
import { effectiveFilter } from "@/lib/customers/effective-filter";
import { parseListState } from "@/lib/customers/model/filter";
import { isFeatureEnabled } from "@/lib/features/queries";
import { organizationNames } from "@/lib/organizations/queries";

export const metadata: Metadata = { title: "新規販促活動" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** /campaigns/new?<the customer list's query>: the list's filter becomes the criteria. */
export default async function NewCampaignPage({ searchParams }: { searchParams: SearchParams }) {
  await pageUser();
  const filter = await effectiveFilter(parseListState(await searchParams).filter);
  const [lists, organizationsEnabled, preview] = await Promise.all([
    customerSettings(),
    isFeatureEnabled("organizations"),
    previewTargets({ criteria: filter }),
  ]);
  const names =
    organizationsEnabled && filter.organizationId ? await organizationNames([filter.organizationId]) : new Map<number, string>();
  const organization =
    filter.organizationId && names.has(filter.organizationId)
      ? { id: filter.organizationId, name: names.get(filter.organizationId)! }
      : null;
  return (
    <>
      <Breadcrumbs items={[{ label: "販促活動", href: "/campaigns" }, { label: "新規販促活動" }]} />
      <PageHeader
        title="新規販促活動"
        description="下書きとして保存し、詳細画面で「実行」すると対象者が確定して各顧客の対応履歴に記録されます。"
      />
      <CampaignForm
        initialBasics={{ name: "", kind: "dm", plannedOn: "", description: "" }}
        criteria={{ kind: "filter", filter, organization, preview }}
        lists={lists}
        organizationsEnabled={organizationsEnabled}
      />
    </>
  );
}
