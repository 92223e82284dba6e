import type { Metadata } from "next";
import { ImportWizard } from "@/components/imports/import-wizard";
import { RecentImports } from "@/components/imports/recent-imports";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { pageUser } from "@/lib/auth/page-guards";
import { listStatuses } from "@/lib/customer-settings/queries";
import { isFeatureEnabled } from "@/lib/features/queries";
import { importJobForPage, listRecentImports } from "@/lib/imports/jobs";
import { listTemplates } from "@/lib/templates/queries";

export const metadata: Metadata = { title: "顧客インポート" };

export default async function CustomerImportPage({ searchParams }: { searchParams: Promise<{ job?: string }> }) {
  await pageUser();
  const { job } = await searchParams;
  const [templates, statuses, withOrganization, initialJob, recent] = await Promise.all([
    listTemplates("customer"),
    listStatuses(),
    isFeatureEnabled("organizations"),
    importJobForPage("customer", job),
    listRecentImports("customer"),
  ]);
  return (
    <>
      <Breadcrumbs items={[{ label: "顧客一覧", href: "/customers" }, { label: "顧客インポート" }]} />
      <PageHeader
        title="顧客インポート"
        description={`CSV ファイルから顧客をまとめて登録します。ステータス・客区分・タグ(; 区切りで5個まで)${withOrganization ? "・所属組織" : ""}は名前で指定できます。`}
      />
      <ImportWizard
        kind="customer"
        context={{
          templates: templates.map((t) => ({ id: t.id, name: t.name, fields: t.fields })),
          statuses: statuses.map((s) => ({ id: s.id, name: s.name })),
          withOrganization,
        }}
        initialJob={initialJob}
        list={{ href: "/customers", label: "顧客一覧" }}
      />
      {!initialJob && <RecentImports jobs={recent} basePath="/customers/import" />}
    </>
  );
}
