"use client";

import { useState } from "react";
import { setTargetOutcomesAction } from "@/lib/campaigns/actions";
import { Button } from "@/components/ui/button";
import { useActionRunner } from "@/components/ui/use-action-runner";
import { OUTCOME_LABELS, OUTCOMES, type Outcome } from "@/lib/campaigns/model/vocabulary";

/** The ticked targets' 結果 in one go (「選択した3人を来場に」). */
export function SelectionBar({
  campaignId,
  ids,
  onDone,
  onClear,
}: {
  campaignId: number;
  ids: number[];
  onDone: (message: string) => void;
  onClear: () => void;
}) {
  const [outcome, setOutcome] = useState<Outcome>("sent");
  const { run, error, pending } = useActionRunner();
  return (
    <div
      className="flex flex-wrap items-center gap-2 border-b border-brand-200 bg-brand-50 px-3 py-2 text-sm"
      role="region"
      aria-label="選択した対象者の一括変更"
    >
      <span className="font-medium text-brand-900 tabular-nums">{ids.length}人を選択中</span>
      <label className="flex items-center gap-1.5">
        <span>結果を</span>
        <select
          value={outcome}
          onChange={(e) => setOutcome(e.target.value as Outcome)}
          aria-label="変更後の結果"
          className="min-h-9 rounded-lg border border-slate-300 bg-white px-2 text-base sm:text-sm"
        >
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {OUTCOME_LABELS[o]}
            </option>
          ))}
        </select>
        <span>に</span>
      </label>
      <Button
        size="sm"
        disabled={pending}
        onClick={() =>
          run(
            () => setTargetOutcomesAction({ campaignId, target: { kind: "ids", ids }, outcome }),
            (data) => onDone(`${data?.updated ?? 0}人の結果を「${OUTCOME_LABELS[outcome]}」にしました`),
          )
        }
      >
        {pending ? "変更中…" : "変更"}
      </Button>
      <Button size="sm" variant="ghost" onClick={onClear}>
        選択を解除
      </Button>
      {error && (
        <p className="w-full text-sm text-red-700" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
