import { Coins } from "lucide-react";
import { formatYen } from "@/lib/shared/money";
import type { AmountTotal } from "@/lib/reports/amounts";

/**
 * 商談額 合計 and the like: each money field of the report templates summed over a customer's
 * (or an organization's members') reports. Nothing when no report template has a money field.
 */
export function AmountTotals({ totals, emptyText = "金額の入った報告書はまだありません" }: { totals: AmountTotal[]; emptyText?: string }) {
  if (totals.length === 0) return null;
  if (totals.every((t) => t.count === 0)) return <p className="text-sm text-slate-500">{emptyText}</p>;
  // One label can live in two templates (商談額 of 商談記録 and of another); name the template then.
  const labels = totals.map((t) => t.label);
  const shown = totals.filter((t) => t.count > 0);
  return (
    <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label="金額の合計">
      {shown.map((t) => (
        <div
          key={`${t.templateId}-${t.fieldKey}`}
          className="rounded-lg border border-slate-200 bg-gradient-to-br from-white to-brand-50/60 px-4 py-3"
        >
          <dt className="flex items-center gap-1.5 text-xs font-medium text-slate-500">
            <Coins aria-hidden className="size-3.5 text-amber-500" />
            {t.label} 合計
            {labels.filter((l) => l === t.label).length > 1 && <span>({t.templateName})</span>}
          </dt>
          <dd className="mt-1 text-xl font-bold text-slate-900 tabular-nums">{formatYen(t.total)}</dd>
          <dd className="text-xs text-slate-500">
            {t.templateName} {t.count.toLocaleString("ja-JP")}件
          </dd>
        </div>
      ))}
    </dl>
  );
}
