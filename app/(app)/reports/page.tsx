import type { Metadata } from "next";
import Link from "next/link";
import { FilePlus2 } from "lucide-react";
import { ReportListView } from "@/components/reports/list/report-list-view";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { pageUser } from "@/lib/auth/page-guards";
import { parseReportListState } from "@/lib/reports/model/filter";
import { listReports, REPORT_PAGE_SIZE } from "@/lib/reports/list";
import { preselectedCustomer } from "@/lib/reports/preselected";
import { reportTemplates } from "@/lib/reports/queries";
import { userChoices } from "@/lib/users/choices";

export const metadata: Metadata = { title: "報告書一覧" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ReportsPage({ searchParams }: { searchParams: SearchParams }) {
  await pageUser();
  const params = await searchParams;
  const state = parseReportListState(params);
  const [result, { all }, authors, customer] = await Promise.all([
    listReports(state.filter, { page: state.page }),
    reportTemplates(),
    userChoices(),
    state.filter.customerId ? preselectedCustomer(String(state.filter.customerId)) : null,
  ]);
  const newHref = customer ? `/reports/new?customerId=${customer.id}` : "/reports/new";
  return (
    <>
      <PageHeader
        title="報告書一覧"
        description="商談記録・来社履歴などの報告書を、1件ずつ日時の新しい順に表示します。"
        actions={
          <Link href={newHref} className={buttonClass("primary")}>
            <FilePlus2 aria-hidden className="size-4" />
            報告書を書く
          </Link>
        }
      />
      {params.deleted === "1" && (
        <Alert tone="success" className="mb-4">
          報告書を削除しました
        </Alert>
      )}
      <ReportListView
        state={state}
        result={result}
        pageSize={REPORT_PAGE_SIZE}
        lists={{ templates: all.map((t) => ({ id: t.id, name: t.archivedAt ? `${t.name}(アーカイブ済み)` : t.name })), authors }}
        customer={customer}
      />
    </>
  );
}
