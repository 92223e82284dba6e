"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setTargetOutcomesAction } from "@/lib/campaigns/actions";
import { OUTCOME_LABELS, OUTCOMES, type Outcome } from "@/lib/campaigns/model/vocabulary";
import { cn } from "@/lib/shared/cn";

/**
 * One target's 結果, saved as soon as it changes (a native select: keyboard and phones
 * work as usual). Shows the new value at once and goes back to the old one if saving fails.
 */
export function OutcomeSelect({
  campaignId,
  targetId,
  name,
  outcome,
  onError,
}: {
  campaignId: number;
  targetId: number;
  name: string;
  outcome: Outcome;
  onError: (message: string) => void;
}) {
  const router = useRouter();
  const [value, setValue] = useState(outcome);
  const [saved, setSaved] = useState(outcome);
  const [pending, startTransition] = useTransition();
  if (outcome !== saved) {
    // A refresh brought a newer value (a bulk change): show it.
    setSaved(outcome);
    setValue(outcome);
  }
  const change = (next: Outcome) => {
    const previous = value;
    setValue(next);
    startTransition(async () => {
      const result = await setTargetOutcomesAction({ campaignId, target: { kind: "ids", ids: [targetId] }, outcome: next }).catch(
        () => null,
      );
      if (result?.ok) router.refresh();
      else {
        setValue(previous);
        onError(result && !result.ok ? (result.formError ?? "結果を保存できませんでした") : "サーバーに接続できませんでした");
      }
    });
  };
  return (
    <select
      aria-label={`${name} 様の結果`}
      value={value}
      onChange={(e) => change(e.target.value as Outcome)}
      aria-busy={pending}
      className={cn(
        "min-h-10 w-full rounded-lg border border-slate-300 bg-white px-2 text-base shadow-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-200 focus:outline-none sm:w-32 sm:text-sm",
        pending && "opacity-60",
      )}
    >
      {OUTCOMES.map((o) => (
        <option key={o} value={o}>
          {OUTCOME_LABELS[o]}
        </option>
      ))}
    </select>
  );
}
