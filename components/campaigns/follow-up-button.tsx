"use client";

import { Repeat } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createFollowUpAction } from "@/lib/campaigns/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { SheetDialog } from "@/components/ui/sheet-dialog";
import { TextField } from "@/components/ui/text-field";
import type { OutcomeCounts } from "@/lib/campaigns/model/vocabulary";
import { CAMPAIGN_KINDS, KIND_LABELS, OUTCOME_LABELS, type CampaignKind, type Outcome } from "@/lib/campaigns/model/vocabulary";
import { FollowUpOutcomePicker } from "./follow-up-outcome-picker";

const defaultName = (name: string, outcome: Outcome) => `${name} フォロー(${OUTCOME_LABELS[outcome]})`.slice(0, 100);

/** フォローアップ作成: a new draft for the targets with one outcome (e.g. everyone still 未対応). */
export function FollowUpButton({
  campaign,
  counts,
}: {
  campaign: { id: number; name: string; kind: CampaignKind };
  counts: OutcomeCounts;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>("pending");
  const [name, setName] = useState(defaultName(campaign.name, "pending"));
  const [nameTouched, setNameTouched] = useState(false);
  const [kind, setKind] = useState<CampaignKind>(campaign.kind);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const pick = (next: Outcome) => {
    setOutcome(next);
    if (!nameTouched) setName(defaultName(campaign.name, next));
  };
  const create = () =>
    startTransition(async () => {
      const result = await createFollowUpAction({
        name,
        kind,
        plannedOn: "",
        description: "",
        sourceCampaignId: campaign.id,
        sourceOutcome: outcome,
      }).catch(() => null);
      if (result?.ok && result.data) {
        router.push(`/campaigns/${result.data.id}?saved=followUp`);
        return;
      }
      setErrors(result && !result.ok ? (result.fieldErrors ?? {}) : {});
      setFormError(result && !result.ok ? (result.formError ?? "作成できませんでした") : "サーバーに接続できませんでした");
    });
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        <Repeat aria-hidden className="size-4" />
        フォローアップ作成
      </Button>
      <SheetDialog
        open={open}
        onClose={() => setOpen(false)}
        title="フォローアップの作成"
        wide
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              キャンセル
            </Button>
            <Button onClick={create} disabled={pending || counts[outcome] === 0}>
              {pending ? "作成中…" : "下書きを作成"}
            </Button>
          </>
        }
      >
        <div className="space-y-4">
          {formError && <Alert>{formError}</Alert>}
          <FollowUpOutcomePicker sourceName={campaign.name} counts={counts} value={outcome} onChange={pick} />
          <TextField
            label="名称"
            required
            maxLength={100}
            value={name}
            errors={errors.name}
            onChange={(e) => (setName(e.target.value), setNameTouched(true))}
          />
          <SelectField
            label="種類"
            options={CAMPAIGN_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
            value={kind}
            errors={errors.kind}
            onChange={(e) => setKind(e.target.value as CampaignKind)}
          />
          <p className="text-xs text-slate-500">
            下書きとして作成されます。対象者は実行した時点で確定します(その時点で結果が「{OUTCOME_LABELS[outcome]}」の顧客)。
          </p>
        </div>
      </SheetDialog>
    </>
  );
}
