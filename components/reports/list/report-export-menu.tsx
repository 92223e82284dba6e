"use client";

import { Download } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { CsvEncodingChoice, type CsvEncoding } from "@/components/ui/csv-encoding-choice";
import { SheetDialog } from "@/components/ui/sheet-dialog";
import type { ReportFilter } from "@/lib/reports/filter";
import { reportListStateToSearch } from "@/lib/reports/filter-url";

/** CSV of every report matching the current conditions, in the encoding the user's Excel expects. */
export function ReportExportMenu({ filter, total, capped }: { filter: ReportFilter; total: number; capped: boolean }) {
  const [open, setOpen] = useState(false);
  const query = reportListStateToSearch({ filter });
  const href = (encoding: CsvEncoding) => `/api/export/reports${query ? `${query}&` : "?"}encoding=${encoding}`;
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)} disabled={total === 0}>
        <Download aria-hidden className="size-4" />
        <span className="sr-only sm:not-sr-only">CSV出力</span>
      </Button>
      <SheetDialog open={open} onClose={() => setOpen(false)} title="報告書のCSV出力">
        <div className="space-y-4 text-sm">
          <p>
            現在の条件に一致する {total.toLocaleString("ja-JP")}{capped ? "件以上" : "件"}の報告書を、日時の新しい順に出力します。項目はテンプレートごとの列になります。文字コードを選んでください。
          </p>
          <CsvEncodingChoice href={href} onChoose={() => setOpen(false)} />
        </div>
      </SheetDialog>
    </>
  );
}
