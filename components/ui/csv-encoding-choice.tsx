import { buttonClass } from "@/components/ui/button";

export type CsvEncoding = "cp932" | "utf8";

/** The two downloads of a CSV (Excel's Shift_JIS first) and why one would pick UTF-8. */
export function CsvEncodingChoice({ href, onChoose }: { href: (encoding: CsvEncoding) => string; onChoose: () => void }) {
  return (
    <>
      <div className="grid gap-2 sm:grid-cols-2">
        <a href={href("cp932")} className={buttonClass("primary")} onClick={onChoose}>
          Excel用 (Shift_JIS)
        </a>
        <a href={href("utf8")} className={buttonClass("secondary")} onClick={onChoose}>
          UTF-8 (BOM付き)
        </a>
      </div>
      <p className="text-xs text-slate-500">
        Shift_JIS で表せない文字(一部の異体字や絵文字)は「?」になります。すべての文字を残すには UTF-8 を選んでください。
      </p>
    </>
  );
}
