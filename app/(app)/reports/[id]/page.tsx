import type { Metadata } from "next";
import Link from "next/link";
import { CalendarClock, FileText, Pencil, UserRound } from "lucide-react";
import { DeleteReportButton } from "@/components/reports/delete-report-button";
import { StoredValuesList } from "@/components/template-form/stored-values";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { pageUser } from "@/lib/auth/page-guards";
import { formatDateTime } from "@/lib/shared/format";
import { pageReport } from "@/lib/reports/page-query";
import { displayValues } from "@/lib/templates/model/display";

export const metadata: Metadata = { title: "報告書" };

const SAVED = { created: "報告書を保存しました", updated: "変更を保存しました" } as const;

export default async function ReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  await pageUser();
  const [{ report, template, customer, authorName }, { saved }] = await Promise.all([pageReport((await params).id), searchParams]);
  const label = report.title ? `${template.name}: ${report.title}` : template.name;
  const flash = saved === "created" || saved === "updated" ? SAVED[saved] : null;
  return (
    <>
      <Breadcrumbs items={[{ label: "報告書一覧", href: "/reports" }, { label }]} />
      <PageHeader
        title={label}
        actions={
          <>
            <Link href={`/reports/${report.id}/edit`} className={buttonClass("primary")}>
              <Pencil aria-hidden className="size-4" />
              編集
            </Link>
            <DeleteReportButton report={{ id: report.id, version: report.version, label, customerName: customer.name }} />
          </>
        }
      />
      {flash && (
        <Alert tone="success" className="mb-5">
          {flash}
        </Alert>
      )}
      <Card className="max-w-3xl divide-y divide-slate-100">
        <dl className="grid gap-4 p-5 text-sm sm:grid-cols-3 sm:p-6">
          <Meta icon={<UserRound aria-hidden className="size-4" />} label="顧客">
            <Link href={`/customers/${customer.id}`} className="font-medium text-brand-700 hover:underline">
              {customer.name} 様
            </Link>
          </Meta>
          <Meta icon={<CalendarClock aria-hidden className="size-4" />} label="日時">
            <time className="tabular-nums">{formatDateTime(report.occurredAt)}</time>
          </Meta>
          <Meta icon={<FileText aria-hidden className="size-4" />} label="作成者">
            {authorName ?? "(削除されたユーザー)"}
          </Meta>
        </dl>
        <div className="p-5 sm:p-6">
          <StoredValuesList values={displayValues(template, report.fields)} />
        </div>
        <p className="flex flex-wrap gap-x-4 gap-y-1 px-5 py-3 text-xs text-slate-500 sm:px-6">
          <span>登録 {formatDateTime(report.createdAt)}</span>
          <span>更新 {formatDateTime(report.updatedAt)}</span>
          <Link href={`/reports?customer=${customer.id}`} className="text-brand-700 hover:underline">
            {customer.name} 様の報告書をすべて見る
          </Link>
        </p>
      </Card>
    </>
  );
}

function Meta({ icon, label, children }: { icon: React.ReactNode; label: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1">
      <dt className="flex items-center gap-1.5 text-xs text-slate-500">
        {icon}
        {label}
      </dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}
