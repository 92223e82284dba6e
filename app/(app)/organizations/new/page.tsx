import type { Metadata } from "next";
import { OrganizationForm } from "@/components/organizations/organization-form";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { pageFeature } from "@/lib/features/page-guard";
import { toFormValues } from "@/lib/templates/model/values";
import { listTemplates } from "@/lib/templates/queries";

export const metadata: Metadata = { title: "顧客組織追加" };

export default async function NewOrganizationPage() {
  await pageFeature("organizations");
  const templates = await listTemplates("organization");
  const template = templates[0];
  return (
    <>
      <Breadcrumbs items={[{ label: "顧客組織一覧", href: "/organizations" }, { label: "顧客組織追加" }]} />
      <PageHeader title="顧客組織追加" description="会社などの組織を登録します。顧客(窓口)は顧客の編集画面で所属組織を選んで加えます。" />
      <div className="max-w-3xl">
        {template ? (
          <OrganizationForm
            templates={templates.map((t) => ({ id: t.id, name: t.name, fields: t.fields }))}
            initialTemplateId={template.id}
            initialValues={toFormValues(template.fields)}
          />
        ) : (
          <Alert>顧客組織用のテンプレートがありません。管理者が 設定 &gt; テンプレート で作成すると登録できるようになります。</Alert>
        )}
      </div>
    </>
  );
}
