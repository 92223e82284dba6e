import type { Metadata } from "next";
import { CustomerForm } from "@/components/customers/customer-form";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { pageUser } from "@/lib/auth/page-guards";
import { customerSettings } from "@/lib/customer-settings/queries";
import { initialCustomerFormValues } from "@/lib/customers/model/form";
import { isFeatureEnabled } from "@/lib/features/queries";
import { listTemplates } from "@/lib/templates/queries";

export const metadata: Metadata = { title: "顧客追加" };

export default async function NewCustomerPage() {
  await pageUser();
  const [templates, lists, withOrganization] = await Promise.all([
    listTemplates("customer"),
    customerSettings(),
    isFeatureEnabled("organizations"),
  ]);
  const template = templates[0];
  return (
    <>
      <Breadcrumbs items={[{ label: "顧客一覧", href: "/customers" }, { label: "顧客追加" }]} />
      <PageHeader title="顧客追加" description="必須の項目を入力して登録してください。登録後に報告書や予定を追加できます。" />
      <div className="max-w-3xl">
        {!template ? (
          <Alert>顧客用のテンプレートがありません。管理者が 設定 &gt; テンプレート で作成すると登録できるようになります。</Alert>
        ) : lists.statuses.length === 0 ? (
          <Alert>ステータスが登録されていません。管理者が 設定 &gt; ステータス で追加すると登録できるようになります。</Alert>
        ) : (
          <CustomerForm
            lists={lists}
            templates={templates.map((t) => ({ id: t.id, name: t.name, fields: t.fields }))}
            initialTemplateId={template.id}
            initialValues={initialCustomerFormValues(
              template.fields,
              undefined,
              lists.statuses[0]?.id,
              withOrganization ? null : undefined,
            )}
          />
        )}
      </div>
    </>
  );
}
