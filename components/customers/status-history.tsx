import { ArrowRight } from "lucide-react";
import { formatDateTime } from "@/lib/shared/format";

type Change = { id: number; fromStatusName: string | null; toStatusName: string; changedAt: Date | string; changedByName: string | null };

/** Every status change, newest first: from, to, who, when. */
export function StatusHistory({ changes }: { changes: Change[] }) {
  if (changes.length === 0) return <p className="text-sm text-slate-500">ステータスの変更履歴はまだありません</p>;
  return (
    <ol className="space-y-3">
      {changes.map((c) => (
        <li key={c.id} className="flex flex-col gap-0.5 border-l-2 border-brand-200 pl-3 text-sm sm:flex-row sm:items-center sm:gap-3">
          <time className="shrink-0 text-xs text-slate-500 tabular-nums">{formatDateTime(new Date(c.changedAt))}</time>
          <span className="flex flex-wrap items-center gap-1.5">
            {c.fromStatusName ? (
              <>
                <span className="text-slate-500">{c.fromStatusName}</span>
                <ArrowRight aria-label="から" className="size-3.5 text-slate-400" />
              </>
            ) : (
              <span className="text-slate-500">登録時:</span>
            )}
            <span className="font-medium text-slate-900">{c.toStatusName}</span>
            {c.changedByName && <span className="text-xs text-slate-500">({c.changedByName})</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}
