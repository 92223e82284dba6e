"use client";

import { FilePlus2, FileSearch, SlidersHorizontal } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Pagination } from "@/components/customers/list/pagination";
import { Button, buttonClass } from "@/components/ui/button";
import { SheetDialog } from "@/components/ui/sheet-dialog";
import { EMPTY_REPORT_FILTER, isReportFilterEmpty } from "@/lib/reports/model/filter";
import type { ReportListState } from "@/lib/reports/model/filter";
import type { ReportSearchResult } from "@/lib/reports/list";
import { ReportActiveFilters } from "./report-active-filters";
import { ReportExportMenu } from "./report-export-menu";
import { ReportFilters, type ReportFilterLists } from "./report-filters";
import { KeywordBox } from "@/components/customers/list/keyword-box";
import { ReportResults } from "./report-results";
import { useReportNavigation } from "./use-report-navigation";

type Props = {
  state: ReportListState;
  result: ReportSearchResult;
  pageSize: number;
  lists: ReportFilterLists;
  customer: { id: number; name: string } | null;
};

/** 報告書一覧: conditions (inline on desktop, a sheet on phones), the reports, pages, CSV. */
export function ReportListView({ state, result, pageSize, lists, customer }: Props) {
  const nav = useReportNavigation(state);
  const { filter } = nav.state;
  const [sheetOpen, setSheetOpen] = useState(false);
  const first = (state.page - 1) * pageSize + 1;
  const conditions = [filter.templateId, filter.authorId, filter.customerId, filter.from || filter.to].filter(Boolean).length;
  const filtered = !isReportFilterEmpty(filter);

  return (
    <div className="space-y-3">
      <div className="flex items-center gap-2">
        <KeywordBox
          value={filter.keyword}
          onSearch={(keyword) => nav.setFilter({ keyword })}
          placeholder="顧客名・件名・内容で検索"
          label="報告書のキーワード検索"
        />
        <Button variant="secondary" className="md:hidden" onClick={() => setSheetOpen(true)}>
          <SlidersHorizontal aria-hidden className="size-4" />
          絞り込み{conditions > 0 && <span className="rounded-full bg-brand-600 px-1.5 text-xs text-white">{conditions}</span>}
        </Button>
        <ReportExportMenu filter={state.filter} total={result.total} capped={result.totalIsCapped} />
      </div>
      <div className="hidden rounded-xl border border-slate-200 bg-white p-4 md:block" aria-label="絞り込み" role="group">
        <ReportFilters idPrefix="rf" filter={filter} lists={lists} customer={customer} onChange={nav.setFilter} />
      </div>
      <ReportActiveFilters
        filter={filter}
        lists={lists}
        customerName={customer?.name ?? null}
        onChange={nav.setFilter}
        onClear={() => nav.replaceFilter(EMPTY_REPORT_FILTER)}
      />
      <div className="overflow-hidden rounded-xl border border-slate-200 bg-white" aria-busy={nav.pending}>
        <div className="flex items-center justify-between gap-2 border-b border-slate-200 px-3 py-2 text-sm">
          <p aria-live="polite">
            {result.total > 0 ? (
              <>
                <strong className="tabular-nums">{result.total.toLocaleString("ja-JP")}</strong>
                {result.totalIsCapped ? "件以上" : "件"}中{" "}
                <span className="tabular-nums">
                  {first.toLocaleString("ja-JP")}–{(first + result.rows.length - 1).toLocaleString("ja-JP")}
                </span>
                件を表示
              </>
            ) : (
              "該当する報告書はありません"
            )}
          </p>
          {nav.pending && <span className="text-xs text-slate-500">読み込み中…</span>}
        </div>
        <div className={nav.pending ? "overflow-x-auto opacity-50 transition-opacity" : "overflow-x-auto transition-opacity"}>
          {result.rows.length > 0 ? (
            <ReportResults rows={result.rows} />
          ) : (
            <EmptyReports filtered={filtered} onClear={() => nav.replaceFilter(EMPTY_REPORT_FILTER)} />
          )}
        </div>
      </div>
      <Pagination page={state.page} pageSize={pageSize} total={result.total} onPage={nav.setPage} />
      <SheetDialog
        open={sheetOpen}
        onClose={() => setSheetOpen(false)}
        title="絞り込み"
        footer={
          <Button onClick={() => setSheetOpen(false)}>
            {nav.pending ? "読み込み中…" : `${result.total.toLocaleString("ja-JP")}件を表示`}
          </Button>
        }
      >
        <ReportFilters idPrefix="rs" filter={filter} lists={lists} customer={customer} onChange={nav.setFilter} />
      </SheetDialog>
    </div>
  );
}

function EmptyReports({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  return (
    <div className="flex flex-col items-center gap-3 px-6 py-14 text-center">
      <FileSearch aria-hidden className="size-10 text-slate-300" />
      {filtered ? (
        <>
          <p className="font-medium text-slate-800">条件に一致する報告書は見つかりませんでした</p>
          <p className="text-sm text-slate-500">期間を広げるか、条件を減らしてお試しください。</p>
          <Button variant="secondary" onClick={onClear}>
            条件をすべてクリア
          </Button>
        </>
      ) : (
        <>
          <p className="font-medium text-slate-800">まだ報告書がありません</p>
          <p className="text-sm text-slate-500">商談や来社の記録を書くと、ここに新しい順で並びます。顧客の詳細画面からも書けます。</p>
          <Link href="/reports/new" className={buttonClass("primary")}>
            <FilePlus2 aria-hidden className="size-4" />
            報告書を書く
          </Link>
        </>
      )}
    </div>
  );
}
