"use client";

import { CsvExportButton } from "@/components/ui/csv-export-button";
import type { CustomerFilter } from "@/lib/customers/model/filter";
import { listStateToSearch } from "@/lib/customers/model/filter";

/** CSV of every match of the current filter, in the encoding the user's Excel expects. */
export function ExportMenu({ filter, total }: { filter: CustomerFilter; total: number }) {
  return (
    <CsvExportButton path={`/api/export/customers${listStateToSearch({ filter })}`} title="CSV出力" disabled={total === 0} label="lg">
      現在の条件に一致する {total.toLocaleString("ja-JP")} 件を出力します。文字コードを選んでください。
    </CsvExportButton>
  );
}
