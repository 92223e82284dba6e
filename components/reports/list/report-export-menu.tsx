"use client";

import { CsvExportButton } from "@/components/ui/csv-export-button";
import type { ReportFilter } from "@/lib/reports/model/filter";
import { reportListStateToSearch } from "@/lib/reports/model/filter";

/** CSV of every report matching the current conditions, in the encoding the user's Excel expects. */
export function ReportExportMenu({ filter, total, capped }: { filter: ReportFilter; total: number; capped: boolean }) {
  return (
    <CsvExportButton path={`/api/export/reports${reportListStateToSearch({ filter })}`} title="報告書のCSV出力" disabled={total === 0}>
      現在の条件に一致する {total.toLocaleString("ja-JP")}
      {capped ? "件以上" : "件"}の報告書を、日時の新しい順に出力します。項目はテンプレートごとの列になります。文字コードを選んでください。
    </CsvExportButton>
  );
}
