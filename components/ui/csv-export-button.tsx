"use client";

import { Download } from "lucide-react";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { CsvEncodingChoice, type CsvEncoding } from "@/components/ui/csv-encoding-choice";
import { SheetDialog } from "@/components/ui/sheet-dialog";

/**
 * A CSV download behind a dialog that asks for the encoding: `path` is the export's URL
 * with the list's query, `children` says what will be written.
 */
export function CsvExportButton({ path, title, disabled, compact, children }: { path: string; title: string; disabled?: boolean; compact?: boolean; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const href = (encoding: CsvEncoding) => `${path}${path.includes("?") ? "&" : "?"}encoding=${encoding}`;
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)} disabled={disabled}>
        <Download aria-hidden className="size-4" />
        <span className={compact ? "hidden lg:inline" : "sr-only sm:not-sr-only"}>CSV出力</span>
        {compact && <span className="sr-only lg:hidden">CSV出力</span>}
      </Button>
      <SheetDialog open={open} onClose={() => setOpen(false)} title={title}>
        <div className="space-y-4 text-sm">
          <p>{children}</p>
          <CsvEncodingChoice href={href} onChoose={() => setOpen(false)} />
        </div>
      </SheetDialog>
    </>
  );
}
