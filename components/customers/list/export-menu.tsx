"use client";

import { Download } from "lucide-react";
import { useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { SheetDialog } from "@/components/ui/sheet-dialog";
import type { CustomerFilter } from "@/lib/customers/filter";
import { listStateToSearch } from "@/lib/customers/filter-url";

/** CSV of every match of the current filter, in the encoding the user's Excel expects. */
export function ExportMenu({ filter, total }: { filter: CustomerFilter; total: number }) {
  const [open, setOpen] = useState(false);
  const query = listStateToSearch({ filter });
  const href = (encoding: string) => `/api/export/customers${query ? `${query}&` : "?"}encoding=${encoding}`;
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)} disabled={total === 0}>
        <Download aria-hidden className="size-4" />
        <span className="hidden lg:inline">CSV出力</span>
        <span className="sr-only lg:hidden">CSV出力</span>
      </Button>
      <SheetDialog open={open} onClose={() => setOpen(false)} title="CSV出力">
        <div className="space-y-4 text-sm">
          <p>現在の条件に一致する {total.toLocaleString("ja-JP")} 件を出力します。文字コードを選んでください。</p>
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
