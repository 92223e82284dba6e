"use client";

import { Download, Printer } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { CsvEncodingChoice, type CsvEncoding } from "@/components/ui/csv-encoding-choice";
import { SheetDialog } from "@/components/ui/sheet-dialog";

/** DM出力: the address list as CSV (Excel's Shift_JIS or UTF-8) and the printable 宛名ラベル. */
export function DmOutput({ campaignId, total }: { campaignId: number; total: number }) {
  const [open, setOpen] = useState(false);
  const href = (encoding: CsvEncoding) => `/api/export/campaigns/${campaignId}/targets?encoding=${encoding}`;
  return (
    <>
      <Link href={`/campaigns/${campaignId}/labels`} className={buttonClass("secondary")}>
        <Printer aria-hidden className="size-4" />
        宛名ラベル
      </Link>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        <Download aria-hidden className="size-4" />
        宛名CSV
      </Button>
      <SheetDialog open={open} onClose={() => setOpen(false)} title="宛名リストのCSV出力">
        <div className="space-y-4 text-sm">
          <p>
            対象者 {total.toLocaleString("ja-JP")}人の郵便番号・住所・宛名(氏名
            様)を、実行時の内容で郵便番号順に出力します。宛名印刷ソフトや印刷会社への入稿に使えます。
          </p>
          <CsvEncodingChoice href={href} onChoose={() => setOpen(false)} />
        </div>
      </SheetDialog>
    </>
  );
}
