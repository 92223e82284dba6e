import { Download } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import type { ImportJobView } from "@/lib/imports/jobs";
import { PREVIEW_ERRORS } from "@/lib/imports/model";
import { formatCount } from "./format";

/** The first row errors, and every one of them as a CSV download. */
export function ErrorList({ job }: { job: ImportJobView }) {
  if (job.errorCount === 0) return null;
  const href = (encoding: string) => `/api/imports/${job.id}/errors?encoding=${encoding}`;
  return (
    <section aria-labelledby={`errors-${job.id}`} className="space-y-3">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <h2 id={`errors-${job.id}`} className="text-base font-semibold text-red-800">
          エラーのある行({formatCount(job.errorCount)}行)
        </h2>
        <div className="flex gap-2">
          <a href={href("cp932")} className={buttonClass("secondary", "sm")}>
            <Download aria-hidden className="size-4" />
            エラー一覧(Excel用)
          </a>
          <a href={href("utf8")} className={buttonClass("ghost", "sm")}>
            UTF-8版
          </a>
        </div>
      </div>
      <div className="max-h-96 overflow-auto rounded-lg border border-slate-200">
        <table className="w-full text-left text-sm">
          <thead className="sticky top-0 bg-slate-50 text-xs text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 whitespace-nowrap">
                行
              </th>
              <th scope="col" className="hidden px-3 py-2 sm:table-cell">
                列
              </th>
              <th scope="col" className="px-3 py-2">
                内容
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {job.errors.map((e, i) => (
              <tr key={i}>
                <td className="px-3 py-2 align-top whitespace-nowrap tabular-nums">{e.row}行目</td>
                <td className="hidden px-3 py-2 align-top sm:table-cell">{e.column ?? ""}</td>
                <td className="px-3 py-2 align-top">{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {job.errorCount > job.errors.length && (
        <p className="text-xs text-slate-500">
          最初の{PREVIEW_ERRORS}件を表示しています。すべてのエラーは「エラー一覧」をダウンロードして確認してください。
        </p>
      )}
      {job.errorsTruncated && (
        <p className="text-xs text-slate-500">エラーが多いため、エラー一覧には最初の100,000件だけを保存しています。</p>
      )}
    </section>
  );
}
