"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { FormProvider, useForm, type Path } from "react-hook-form";
import type { z } from "zod";
import { createCampaignAction, updateCampaignAction } from "@/lib/campaigns/actions";
import type { CustomerSettingsLists } from "@/components/customers/customer-attribute-fields";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { ActionResult } from "@/lib/shared/action-result";
import { campaignBasics } from "@/lib/campaigns/model/inputs";
import type { TargetPreview as Preview } from "@/lib/campaigns/preview";
import type { OutcomeCounts, Outcome } from "@/lib/campaigns/model/vocabulary";
import { EMPTY_FILTER, type CustomerFilter } from "@/lib/customers/model/filter";
import { CampaignBasics } from "./campaign-basics";
import { CriteriaEditor } from "./criteria-editor";
import { FollowUpOutcomePicker } from "./follow-up-outcome-picker";
import { TargetCount, TargetPreview } from "./target-preview";
import { useTargetPreview } from "./use-target-preview";

export type CampaignBasicsValues = z.input<typeof campaignBasics>;

/** How the form edits the targets: a filter (live preview), a follow-up's outcome, or not at all (executed). */
export type FormCriteria =
  | { kind: "filter"; filter: CustomerFilter; organization: { id: number; name: string } | null; preview: Preview | null }
  | { kind: "followUp"; outcome: Outcome; sourceName: string; counts: OutcomeCounts }
  | { kind: "frozen" };

type Props = {
  editing?: { id: number; version: number };
  initialBasics: CampaignBasicsValues;
  criteria: FormCriteria;
  lists: CustomerSettingsLists;
  organizationsEnabled: boolean;
};

/** 新規販促活動 / 編集: the basics, then the criteria beside the live count and preview. */
export function CampaignForm({ editing, initialBasics, criteria, lists, organizationsEnabled }: Props) {
  const router = useRouter();
  const formId = useId();
  const form = useForm<CampaignBasicsValues>({
    resolver: zodResolver(campaignBasics, undefined, { raw: true }),
    defaultValues: initialBasics,
    mode: "onTouched",
  });
  const [filter, setFilter] = useState(criteria.kind === "filter" ? criteria.filter : EMPTY_FILTER);
  const [outcome, setOutcome] = useState<Outcome>(criteria.kind === "followUp" ? criteria.outcome : "pending");
  const live = useTargetPreview(filter, criteria.kind === "filter" ? criteria.preview : null, criteria.kind === "filter");
  const [formError, setFormError] = useState<string | null>(null);

  const submit = form.handleSubmit(
    async (values) => {
      setFormError(null);
      const targets = criteria.kind === "filter" ? { criteria: filter } : criteria.kind === "followUp" ? { sourceOutcome: outcome } : {};
      let result: ActionResult<{ id: number } | { version: number }>;
      try {
        result = editing
          ? await updateCampaignAction({ ...values, ...editing, ...targets })
          : await createCampaignAction({ ...values, criteria: filter });
      } catch {
        return setFormError("サーバーに接続できませんでした。通信環境を確認してもう一度お試しください。入力内容は残っています。");
      }
      if (result.ok) {
        const id = editing?.id ?? (result.data as { id: number }).id;
        router.push(`/campaigns/${id}?saved=${editing ? "updated" : "created"}`);
        router.refresh();
        return;
      }
      for (const [name, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (name in initialBasics && messages[0])
          form.setError(name as Path<CampaignBasicsValues>, { type: "server", message: messages.join(" / ") });
      }
      setFormError(result.formError ?? "入力内容を確認してください");
    },
    () => setFormError("入力内容にエラーがあります。赤く表示された項目を確認してください。"),
  );

  const saving = form.formState.isSubmitting;
  return (
    <FormProvider {...form}>
      <div className="space-y-5 pb-4">
        {formError && <Alert>{formError}</Alert>}
        <div className={criteria.kind === "filter" ? "grid items-start gap-5 lg:grid-cols-[minmax(0,1fr)_24rem]" : "max-w-3xl"}>
          <div className="space-y-5">
            <form id={formId} onSubmit={submit} noValidate aria-label={editing ? "販促活動の編集" : "新規販促活動"}>
              <Card className="p-5 sm:p-6">
                <h2 className="mb-4 text-base font-semibold text-slate-900">基本情報</h2>
                <CampaignBasics />
              </Card>
            </form>
            {criteria.kind === "filter" && (
              <Card className="p-5 sm:p-6">
                <h2 className="mb-1 text-base font-semibold text-slate-900">対象者の抽出条件</h2>
                <p className="mb-4 text-sm text-slate-600">
                  顧客一覧と同じ条件で絞り込みます。条件を変えると右の対象者数がすぐに変わります。
                </p>
                <CriteriaEditor
                  filter={filter}
                  onChange={setFilter}
                  lists={lists}
                  organization={criteria.organization}
                  organizationsEnabled={organizationsEnabled}
                />
              </Card>
            )}
            {criteria.kind === "followUp" && (
              <Card className="p-5 sm:p-6">
                <FollowUpOutcomePicker sourceName={criteria.sourceName} counts={criteria.counts} value={outcome} onChange={setOutcome} />
              </Card>
            )}
          </div>
          {criteria.kind === "filter" && (
            <Card className="p-5 lg:sticky lg:top-4">
              <TargetPreview preview={live.preview} pending={live.pending} error={live.error} lists={lists} />
            </Card>
          )}
        </div>
        <div className="sticky bottom-0 z-10 -mx-4 flex items-center justify-end gap-2 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:-mx-8 sm:px-8">
          {criteria.kind === "filter" && (
            <div className="mr-auto lg:hidden">
              <TargetCount preview={live.preview} pending={live.pending} />
            </div>
          )}
          <Link href={editing ? `/campaigns/${editing.id}` : "/campaigns"} className={buttonClass("secondary")}>
            キャンセル
          </Link>
          <Button type="submit" form={formId} disabled={saving}>
            {saving ? "保存中…" : editing ? "変更を保存" : "下書きを保存"}
          </Button>
        </div>
      </div>
    </FormProvider>
  );
}
