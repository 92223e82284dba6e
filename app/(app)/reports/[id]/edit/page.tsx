import type { Metadata } from "next";
import { ReportForm } from "@/components/reports/report-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { pageUser } from "@/lib/auth/page-guards";
import { initialReportFormValues } from "@/lib/reports/model/inputs";
import { pageReport } from "@/lib/reports/page-query";

export const metadata: Metadata = { title: "報告書の編集" };

export default async function EditReportPage({ params }: { params: Promise<{ id: string }> }) {
  await pageUser();
  const { report, template, customer } = await pageReport((await params).id);
  const label = report.title ? `${template.name}: ${report.title}` : template.name;
  return (
    <>
      <Breadcrumbs items={[{ label: "報告書一覧", href: "/reports" }, { label, href: `/reports/${report.id}` }, { label: "編集" }]} />
      <PageHeader title={`${label}の編集`} />
      <div className="max-w-3xl">
        <ReportForm
          templates={[{ id: template.id, name: template.name, fields: template.fields }]}
          initialTemplateId={template.id}
          initialValues={initialReportFormValues(template.fields, {
            stored: report.fields,
            customerId: customer.id,
            occurredAt: report.occurredAt,
            title: report.title,
          })}
          initialCustomer={customer}
          editing={{ id: report.id, version: report.version }}
          back={{ href: `/reports/${report.id}`, toCustomer: false }}
        />
      </div>
    </>
  );
}
