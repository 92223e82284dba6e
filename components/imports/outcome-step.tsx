import Link from "next/link";
import { CheckCircle2 } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { ImportJobView } from "@/lib/imports/jobs";
import { Counts } from "./counts";
import { ErrorList } from "./error-list";

export function DoneStep({ job, list, onRestart }: { job: ImportJobView; list: { href: string; label: string }; onRestart: () => void }) {
  return (
    <Card className="space-y-4 p-4 sm:p-6">
      <div className="flex items-center gap-3">
        <CheckCircle2 aria-hidden className="size-8 shrink-0 text-emerald-600" />
        <div>
          <h2 className="text-base font-semibold">インポートが完了しました</h2>
          <p className="text-sm text-slate-600">「{job.fileName}」の内容を登録しました。</p>
        </div>
      </div>
      {job.result && <Counts counts={job.result} caption="登録結果の件数" />}
      <ErrorList job={job} />
      <div className="flex flex-col gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onRestart}>
          別のファイルをインポート
        </Button>
        <Link href={list.href} className={buttonClass("primary")}>
          {list.label}を見る
        </Link>
      </div>
    </Card>
  );
}

/** A failed, interrupted or cancelled job, with what can be done next. */
export function StoppedStep({
  job,
  pending,
  onRetryCommit,
  onEdit,
  onRestart,
}: {
  job: ImportJobView;
  pending: boolean;
  onRetryCommit: () => void;
  onEdit: () => void;
  onRestart: () => void;
}) {
  const cancelled = job.state === "cancelled";
  return (
    <Card className="space-y-4 p-4 sm:p-6">
      <h2 className="text-base font-semibold">
        {cancelled ? "インポートを中止しました" : job.state === "interrupted" ? "処理が中断されました" : "インポートできませんでした"}
      </h2>
      {cancelled ? (
        <p className="text-sm text-slate-600">データは何も登録されていません。</p>
      ) : (
        <Alert className="whitespace-pre-line">{job.message}</Alert>
      )}
      {!cancelled && <ErrorList job={job} />}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant={cancelled || job.fileUnreadable ? "primary" : "ghost"} onClick={onRestart} disabled={pending}>
          別のファイルを選ぶ
        </Button>
        {!cancelled && !job.fileUnreadable && job.headers.length > 0 && (
          <Button variant="secondary" onClick={onEdit} disabled={pending}>
            {job.failedPhase === "commit" ? "設定に戻る" : "設定を確認してやり直す"}
          </Button>
        )}
        {!cancelled && job.failedPhase === "commit" && (
          <Button onClick={onRetryCommit} disabled={pending}>
            もう一度登録する
          </Button>
        )}
      </div>
    </Card>
  );
}
