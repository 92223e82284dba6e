import type { Metadata } from "next";
import { ReportForm } from "@/components/reports/report-form";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { pageUser } from "@/lib/auth/page-guards";
import { initialReportFormValues } from "@/lib/reports/model/inputs";
import { preselectedCustomer } from "@/lib/reports/preselected";
import { reportTemplates } from "@/lib/reports/queries";

export const metadata: Metadata = { title: "報告書を書く" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function NewReportPage({ searchParams }: { searchParams: SearchParams }) {
  await pageUser();
  const params = await searchParams;
  const [{ usable }, customer] = await Promise.all([reportTemplates(), preselectedCustomer(params.customerId)]);
  const wanted = Number(params.templateId);
  const template = usable.find((t) => t.id === wanted) ?? usable[0];
  const fromCustomer = customer !== null;
  const crumbs = fromCustomer
    ? [{ label: "顧客一覧", href: "/customers" }, { label: customer.name, href: `/customers/${customer.id}` }, { label: "報告書を書く" }]
    : [{ label: "報告書一覧", href: "/reports" }, { label: "報告書を書く" }];
  return (
    <>
      <Breadcrumbs items={crumbs} />
      <PageHeader
        title={fromCustomer ? `${customer.name} 様の報告書を書く` : "報告書を書く"}
        description="作成者はログイン中のあなたになります。保存すると顧客の対応履歴に載ります。"
      />
      <div className="max-w-3xl space-y-4">
        {params.customerId && !customer && (
          <Alert tone="info">指定された顧客が見つかりませんでした。削除された可能性があります。顧客を検索して選んでください。</Alert>
        )}
        {!template ? (
          <Alert>
            報告書のテンプレートがありません。管理者が 設定 &gt; テンプレート で「報告書」のテンプレートを作成すると書けるようになります。
          </Alert>
        ) : (
          <ReportForm
            templates={usable.map((t) => ({ id: t.id, name: t.name, fields: t.fields }))}
            initialTemplateId={template.id}
            initialValues={{ ...initialReportFormValues(template.fields), _customerId: customer ? String(customer.id) : "" }}
            initialCustomer={customer}
            back={fromCustomer ? { href: `/customers/${customer.id}`, toCustomer: true } : { href: "/reports", toCustomer: false }}
          />
        )}
      </div>
    </>
  );
}
