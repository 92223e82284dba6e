import { Card } from "@/components/ui/card";
import type { AuditEntry } from "@/lib/audit-log/queries";
import { describeAction, describeDetails, describeTarget } from "@/lib/audit-log/model";
import { formatDateTime } from "@/lib/shared/format";
import { cn } from "@/lib/shared/cn";

// What an auditor looks for first stands out in amber.
const ALERTING = new Set(["sign_in_failed", "sign_in_locked", "delete", "disable", "set_temporary_password", "export"]);

/** One row per entry: a four-column grid on desktop, a stacked card row on phones. */
export function AuditEntries({ entries }: { entries: AuditEntry[] }) {
  if (entries.length === 0) {
    return <Card className="px-5 py-10 text-center text-sm text-slate-600">条件に一致する記録はありません。</Card>;
  }
  return (
    <Card>
      <div
        className="hidden grid-cols-[9.5rem_10rem_1fr] gap-4 border-b border-slate-200 px-5 py-2 text-xs font-semibold text-slate-500 md:grid"
        aria-hidden
      >
        <span>日時</span>
        <span>操作者</span>
        <span>内容</span>
      </div>
      <ol className="divide-y divide-slate-100" aria-label="監査ログ">
        {entries.map((e) => {
          const details = describeDetails(e.action, e.diff);
          const target = describeTarget(e.action, e.entity, e.entityId);
          return (
            <li key={e.id} className="grid gap-1 px-5 py-3 text-sm md:grid-cols-[9.5rem_10rem_1fr] md:gap-4" data-testid="audit-entry">
              <time dateTime={e.at.toISOString()} className="tabular-nums text-slate-500 md:text-slate-700">
                {formatDateTime(e.at)}
              </time>
              <span className="truncate font-medium text-slate-800">
                {e.actorName ?? <span className="font-normal text-slate-500">(不明)</span>}
              </span>
              <span className="min-w-0">
                <span className={cn("font-medium", ALERTING.has(e.action) ? "text-amber-800" : "text-slate-900")}>
                  {describeAction(e.action, e.entity)}
                </span>
                {target && <span className="ml-2 text-slate-500">{target}</span>}
                {details && <span className="block break-all text-xs text-slate-600">{details}</span>}
              </span>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
