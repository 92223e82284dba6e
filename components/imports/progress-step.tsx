import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { ImportJobView } from "@/lib/imports/jobs";
import { formatCount } from "./format";
import { ProgressBar } from "./progress-bar";

function heading(job: ImportJobView): { title: string; detail: string } {
  if (job.state === "validating") return { title: "ファイルの内容を確認しています…", detail: "まだ何も登録されていません。" };
  if (job.phase === "apply")
    return {
      title: "データベースに反映しています…",
      detail: "すべての行をまとめて登録しています。途中で失敗した場合は何も登録されません。",
    };
  return { title: "登録の準備をしています…", detail: "ファイルを読み直して登録する内容を組み立て、最後にすべての行をまとめて登録します。" };
}

/** A running dry run or commit, polled from the job (so a reload or another server shows the same). */
export function ProgressStep({ job, onCancel }: { job: ImportJobView; onCancel?: () => void }) {
  const { title, detail } = heading(job);
  const total = job.totalRows;
  return (
    <Card className="space-y-4 p-4 sm:p-6" aria-busy>
      <div>
        <h2 className="text-base font-semibold">{title}</h2>
        <p className="mt-1 text-sm text-slate-600">{detail}ページを離れても処理は続きます。</p>
      </div>
      <ProgressBar percent={job.percent} label={title} />
      <p className="text-sm tabular-nums text-slate-600" aria-live="polite">
        {job.percent !== null ? `${job.percent}%` : ""}
        {job.processedRows > 0 && `(${formatCount(job.processedRows)}${total ? ` / ${formatCount(total)}` : ""}行)`}
      </p>
      {onCancel && (
        <div className="flex justify-end">
          <Button variant="secondary" onClick={onCancel}>
            中止
          </Button>
        </div>
      )}
    </Card>
  );
}
