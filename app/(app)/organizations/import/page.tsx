import type { Metadata } from "next";
import { ImportWizard } from "@/components/imports/import-wizard";
import { RecentImports } from "@/components/imports/recent-imports";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { pageFeature } from "@/lib/features/page-guard";
import { importJobForPage, listRecentImports } from "@/lib/imports/jobs";
import { listTemplates } from "@/lib/templates/queries";

export const metadata: Metadata = { title: "顧客組織インポート" };

export default async function OrganizationImportPage({ searchParams }: { searchParams: Promise<{ job?: string }> }) {
  await pageFeature("organizations");
  const { job } = await searchParams;
  const [templates, initialJob, recent] = await Promise.all([
    listTemplates("organization"),
    importJobForPage("organization", job),
    listRecentImports("organization"),
  ]);
  return (
    <>
      <Breadcrumbs items={[{ label: "顧客組織一覧", href: "/organizations" }, { label: "顧客組織インポート" }]} />
      <PageHeader
        title="顧客組織インポート"
        description="Excel などで作った CSV ファイルから顧客組織をまとめて登録します。登録する前に、内容とエラーを確認できます。"
      />
      <ImportWizard
        kind="organization"
        context={{ templates: templates.map((t) => ({ id: t.id, name: t.name, fields: t.fields })), statuses: [], withOrganization: true }}
        initialJob={initialJob}
        list={{ href: "/organizations", label: "顧客組織一覧" }}
      />
      {!initialJob && <RecentImports jobs={recent} basePath="/organizations/import" />}
    </>
  );
}
