"use client";

import { ListChecks } from "lucide-react";
import { useState } from "react";
import { setTargetOutcomesAction } from "@/lib/campaigns/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { selectClass } from "@/components/ui/select-field";
import { SheetDialog } from "@/components/ui/sheet-dialog";
import { useActionRunner } from "@/components/ui/use-action-runner";
import type { OutcomeCounts } from "@/lib/campaigns/model/vocabulary";
import { OUTCOME_LABELS, OUTCOMES, type Outcome } from "@/lib/campaigns/model/vocabulary";

/** 一括変更: every target with one outcome (or every target) to another, e.g. 未対応 → 送付済 once the DM is posted. */
export function BulkOutcomeDialog({
  campaignId,
  counts,
  onDone,
}: {
  campaignId: number;
  counts: OutcomeCounts;
  onDone: (message: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const [from, setFrom] = useState<Outcome | "all">("pending");
  const [to, setTo] = useState<Outcome>("sent");
  const { run, error, pending } = useActionRunner();
  const affected = from === "all" ? OUTCOMES.reduce((sum, o) => sum + (o === to ? 0 : counts[o]), 0) : from === to ? 0 : counts[from];
  const apply = () =>
    run(
      () => setTargetOutcomesAction({ campaignId, target: from === "all" ? { kind: "all" } : { kind: "outcome", from }, outcome: to }),
      (data) => {
        setOpen(false);
        onDone(`${(data?.updated ?? 0).toLocaleString("ja-JP")}人の結果を「${OUTCOME_LABELS[to]}」にしました`);
      },
    );
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        <ListChecks aria-hidden className="size-4" />
        一括変更
      </Button>
      <SheetDialog
        open={open}
        onClose={() => setOpen(false)}
        title="結果の一括変更"
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              キャンセル
            </Button>
            <Button onClick={apply} disabled={pending || affected === 0}>
              {pending ? "変更中…" : `${affected.toLocaleString("ja-JP")}人を変更する`}
            </Button>
          </>
        }
      >
        <div className="space-y-4 text-sm">
          {error && <Alert>{error}</Alert>}
          <label className="block space-y-1.5">
            <span className="font-medium text-slate-700">対象</span>
            <select className={`${selectClass} w-full`} value={from} onChange={(e) => setFrom(e.target.value as Outcome | "all")}>
              <option value="all">すべての対象者</option>
              {OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  結果が「{OUTCOME_LABELS[o]}」の対象者({counts[o].toLocaleString("ja-JP")}人)
                </option>
              ))}
            </select>
          </label>
          <label className="block space-y-1.5">
            <span className="font-medium text-slate-700">変更後の結果</span>
            <select className={`${selectClass} w-full`} value={to} onChange={(e) => setTo(e.target.value as Outcome)}>
              {OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {OUTCOME_LABELS[o]}
                </option>
              ))}
            </select>
          </label>
          <p className="text-slate-600">
            すでに「{OUTCOME_LABELS[to]}」の対象者はそのままです。{from === "all" && "記録済みの結果もすべて上書きされます。"}
          </p>
        </div>
      </SheetDialog>
    </>
  );
}
