"use client";

import type { OutcomeCounts } from "@/lib/campaigns/model/vocabulary";
import { OUTCOME_LABELS, OUTCOMES, type Outcome } from "@/lib/campaigns/model/vocabulary";
import { cn } from "@/lib/shared/cn";

/** A follow-up's targets: the source's targets with this outcome (counted now). */
export function FollowUpOutcomePicker({
  sourceName,
  counts,
  value,
  onChange,
}: {
  sourceName: string;
  counts: OutcomeCounts;
  value: Outcome;
  onChange: (o: Outcome) => void;
}) {
  return (
    <fieldset className="space-y-3">
      <legend className="text-base font-semibold text-slate-900">対象者</legend>
      <p className="text-sm text-slate-600">「{sourceName}」の対象者のうち、次の結果の顧客が対象になります(削除された顧客は除きます)。</p>
      <div className="grid gap-2 sm:grid-cols-3">
        {OUTCOMES.map((o) => (
          <label
            key={o}
            className={cn(
              "flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border px-3 text-sm",
              value === o ? "border-brand-500 bg-brand-50" : "border-slate-200 bg-white hover:bg-slate-50",
            )}
          >
            <input
              type="radio"
              name="follow-up-outcome"
              className="size-4 accent-brand-600"
              checked={value === o}
              onChange={() => onChange(o)}
            />
            <span className="font-medium">{OUTCOME_LABELS[o]}</span>
            <span className="ml-auto text-xs text-slate-500 tabular-nums">{counts[o].toLocaleString("ja-JP")}人</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
