"use client";

import { Download } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { CsvEncodingChoice, type CsvEncoding } from "@/components/ui/csv-encoding-choice";
import { SheetDialog } from "@/components/ui/sheet-dialog";
import type { CustomerFilter } from "@/lib/customers/filter";
import { listStateToSearch } from "@/lib/customers/filter-url";

/** CSV of every match of the current filter, in the encoding the user's Excel expects. */
export function ExportMenu({ filter, total }: { filter: CustomerFilter; total: number }) {
  const [open, setOpen] = useState(false);
  const query = listStateToSearch({ filter });
  const href = (encoding: CsvEncoding) => `/api/export/customers${query ? `${query}&` : "?"}encoding=${encoding}`;
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
          <CsvEncodingChoice href={href} onChoose={() => setOpen(false)} />
        </div>
      </SheetDialog>
    </>
  );
}
