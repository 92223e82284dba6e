"use client";

import { Download } from "lucide-react";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { CsvEncodingChoice, type CsvEncoding } from "@/components/ui/csv-encoding-choice";
import { SheetDialog } from "@/components/ui/sheet-dialog";

// Where the button's words show: always, from the sm breakpoint, or only on wide screens
// (a list's toolbar, where space is short); the icon alone otherwise, named for screen readers.
const LABEL = {
  always: { shown: "", hiddenName: null },
  sm: { shown: "sr-only sm:not-sr-only", hiddenName: null },
  lg: { shown: "hidden lg:inline", hiddenName: "sr-only lg:hidden" },
} as const;

/**
 * A CSV download behind a dialog that asks for the encoding: `path` is the export's URL
 * with the list's query, `children` says what will be written.
 */
export function CsvExportButton({
  path,
  title,
  disabled,
  label = "sm",
  children,
}: {
  path: string;
  title: string;
  disabled?: boolean;
  label?: keyof typeof LABEL;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const href = (encoding: CsvEncoding) => `${path}${path.includes("?") ? "&" : "?"}encoding=${encoding}`;
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)} disabled={disabled}>
        <Download aria-hidden className="size-4" />
        <span className={LABEL[label].shown}>CSV出力</span>
        {LABEL[label].hiddenName && <span className={LABEL[label].hiddenName}>CSV出力</span>}
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
