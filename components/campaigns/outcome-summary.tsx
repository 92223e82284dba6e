import Link from "next/link";
import { chipClasses } from "@/lib/customer-settings/model/colors";
import { formatRate, responseSummary, type OutcomeCounts, OUTCOME_COLORS, OUTCOME_LABELS } from "@/lib/campaigns/model/vocabulary";
import { cn } from "@/lib/shared/cn";

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="rounded-lg bg-slate-50 px-3 py-2.5">
      <p className="text-xs font-medium text-slate-500">{label}</p>
      <p className="text-xl font-bold text-slate-900 tabular-nums sm:text-2xl">{value}</p>
      {note && <p className="text-[11px] leading-tight text-slate-500">{note}</p>}
    </div>
  );
}

/** 結果の集計: the response and win rates, and each outcome's share (each links to its targets). */
export function OutcomeSummary({ counts, campaignId }: { counts: OutcomeCounts; campaignId: number }) {
  const summary = responseSummary(counts);
  const description = summary.byOutcome.map((o) => `${OUTCOME_LABELS[o.outcome]} ${o.count}人`).join("、");
  return (
    <div className="space-y-4">
      <div className="grid grid-cols-3 gap-2 sm:gap-3">
        <Figure
          label="対象者"
          value={`${summary.total.toLocaleString("ja-JP")}人`}
          note={`到達 ${summary.delivered.toLocaleString("ja-JP")}人`}
        />
        <Figure label="反応率" value={formatRate(summary.responseRate)} note="反応あり・来場・成約" />
        <Figure label="成約率" value={formatRate(summary.wonRate)} />
      </div>
      <div className="flex h-3 overflow-hidden rounded-full bg-slate-100" role="img" aria-label={`結果の内訳: ${description}`}>
        {summary.byOutcome.map((o) =>
          o.count > 0 ? (
            <span key={o.outcome} className={chipClasses(OUTCOME_COLORS[o.outcome]).dot} style={{ width: `${o.rate * 100}%` }} />
          ) : null,
        )}
      </div>
      <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2" data-testid="outcome-counts">
        {summary.byOutcome.map((o) => (
          <li key={o.outcome}>
            <Link
              href={`/campaigns/${campaignId}?outcome=${o.outcome}#targets`}
              scroll={false}
              className="flex min-h-9 items-center gap-2 rounded-md px-1.5 text-sm hover:bg-slate-50"
            >
              <span aria-hidden className={cn("size-2.5 rounded-full", chipClasses(OUTCOME_COLORS[o.outcome]).dot)} />
              <span className="font-medium text-slate-800">{OUTCOME_LABELS[o.outcome]}</span>
              <span className="ml-auto text-slate-900 tabular-nums">{o.count.toLocaleString("ja-JP")}人</span>
              <span className="w-14 text-right text-xs text-slate-500 tabular-nums">{formatRate(o.rate)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
