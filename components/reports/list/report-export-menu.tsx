"use client";

import { Download } from "lucide-react";
import { useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { SheetDialog } from "@/components/ui/sheet-dialog";
import type { ReportFilter } from "@/lib/reports/filter";
import { reportListStateToSearch } from "@/lib/reports/filter-url";

/** CSV of every report matching the current conditions, in the encoding the user's Excel expects. */
export function ReportExportMenu({ filter, total, capped }: { filter: ReportFilter; total: number; capped: boolean }) {
  const [open, setOpen] = useState(false);
  const query = reportListStateToSearch({ filter });
  const href = (encoding: string) => `/api/export/reports${query ? `${query}&` : "?"}encoding=${encoding}`;
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
          <div className="grid gap-2 sm:grid-cols-2">
            <a href={href("cp932")} className={buttonClass("primary")} onClick={() => setOpen(false)}>
              Excel用 (Shift_JIS)
            </a>
            <a href={href("utf8")} className={buttonClass("secondary")} onClick={() => setOpen(false)}>
              UTF-8 (BOM付き)
            </a>
          </div>
          <p className="text-xs text-slate-500">Shift_JIS で表せない文字(一部の異体字や絵文字)は「?」になります。すべての文字を残すには UTF-8 を選んでください。</p>
        </div>
      </SheetDialog>
    </>
  );
}
