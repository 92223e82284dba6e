"use client";

import { useId } from "react";
import { useFormContext } from "react-hook-form";
import { SelectField } from "@/components/ui/select-field";
import { TextField, inputClass } from "@/components/ui/text-field";
import { CAMPAIGN_KINDS, KIND_LABELS } from "@/lib/campaigns/model/vocabulary";
import type { CampaignBasicsValues } from "./campaign-form";

const KIND_OPTIONS = CAMPAIGN_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }));

/** 名称, 種類, 実施予定日 and 内容・メモ: the parts of a campaign that stay editable after execution. */
export function CampaignBasics() {
  const id = useId();
  const { register, formState } = useFormContext<CampaignBasicsValues>();
  const errors = formState.errors;
  const err = (message: unknown) => (typeof message === "string" ? [message] : undefined);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        label="名称"
        required
        className="sm:col-span-2"
        placeholder="例: 秋の完成見学会DM"
        maxLength={100}
        errors={err(errors.name?.message)}
        {...register("name")}
      />
      <SelectField label="種類" required options={KIND_OPTIONS} errors={err(errors.kind?.message)} {...register("kind")} />
      <TextField label="実施予定日" type="date" errors={err(errors.plannedOn?.message)} {...register("plannedOn")} />
      <div className="space-y-1.5 sm:col-span-2">
        <label htmlFor={`${id}-description`} className="block text-sm font-medium text-slate-700">
          内容・メモ
        </label>
        <textarea
          id={`${id}-description`}
          rows={3}
          maxLength={2000}
          placeholder="送付物、イベントの内容、担当者への申し送りなど"
          aria-invalid={errors.description ? true : undefined}
          className={inputClass}
          {...register("description")}
        />
        {errors.description?.message && <p className="text-sm text-red-600">{errors.description.message}</p>}
      </div>
    </div>
  );
}
