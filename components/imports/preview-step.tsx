"use client";

import { useId, useState } from "react";
import { commitImportAction } from "@/lib/imports/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { ImportJobView } from "@/lib/imports/jobs";
import { IMPORT_KIND_LABELS } from "@/lib/imports/model";
import { Counts } from "./counts";
import { ErrorList } from "./error-list";
import { formatCount } from "./format";

/** Step 3: what the commit would do, before anything is written. */
export function PreviewStep({
  job,
  onChanged,
  onEdit,
  onCancel,
}: {
  job: ImportJobView;
  onChanged: (job: ImportJobView) => void;
  onEdit: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const counts = job.preview ?? { created: 0, updated: 0, skipped: 0, errors: 0 };
  const [skipErrors, setSkipErrors] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const writes = counts.created + counts.updated;
  const blocked = writes === 0 || (job.errorCount > 0 && !skipErrors);

  async function commit() {
    setPending(true);
    setError(null);
    const result = await commitImportAction({ jobId: job.id, skipErrorRows: skipErrors }).catch(() => null);
    setPending(false);
    if (result?.ok && result.data) onChanged(result.data);
    else setError(result && !result.ok ? (result.formError ?? "登録を始められませんでした") : "サーバーに接続できませんでした");
  }

  return (
    <div className="space-y-4">
      <Card className="space-y-4 p-4 sm:p-6">
        <div>
          <h2 className="text-base font-semibold">確認結果(まだ登録されていません)</h2>
          <p className="mt-1 text-sm text-slate-600">
            {formatCount(job.totalRows ?? 0)}行を確認しました。「登録する」を押すと、次のとおり{IMPORT_KIND_LABELS[job.kind]}
            を登録します。途中で失敗した場合は何も登録されません。
          </p>
        </div>
        <Counts counts={counts} caption="確認結果の件数" />
        <ErrorList job={job} />
      </Card>
      {job.errorCount > 0 && (
        <label
          htmlFor={`${id}-skip`}
          className="flex min-h-11 items-start gap-3 rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm"
        >
          <input
            id={`${id}-skip`}
            type="checkbox"
            checked={skipErrors}
            onChange={(e) => setSkipErrors(e.target.checked)}
            className="mt-0.5 size-4"
          />
          <span>
            エラーの{formatCount(job.errorCount)}行を除いて登録する(ファイルを直す場合は、直したファイルを改めてアップロードしてください)
          </span>
        </label>
      )}
      {writes === 0 && <Alert tone="info">登録・更新する行がありません。</Alert>}
      {error && <Alert>{error}</Alert>}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="ghost" onClick={onCancel} disabled={pending}>
          中止
        </Button>
        <Button variant="secondary" onClick={onEdit} disabled={pending}>
          設定に戻る
        </Button>
        <Button onClick={() => void commit()} disabled={pending || blocked}>
          {pending ? "登録を始めています…" : `${formatCount(writes)}件を登録する`}
        </Button>
      </div>
    </div>
  );
}
