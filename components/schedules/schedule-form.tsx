"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { createScheduleAction, updateScheduleAction } from "@/lib/schedules/actions";
import { CustomerPicker } from "@/components/reports/customer-picker";
import { describedBy, FormRow } from "@/components/reports/form-row";
import { controlClass } from "@/components/template-form/control-props";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useActionSubmit } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/shared/action-result";
import type { ScheduleFormValues } from "@/lib/schedules/model/inputs";
import { createScheduleInput } from "@/lib/schedules/model/inputs";
import type { UserChoice } from "@/lib/users/choices";

type Props = {
  initialValues: ScheduleFormValues;
  initialCustomer: { id: number; name: string } | null;
  assignees: UserChoice[];
  editing?: { id: number; version: number };
  /** Where キャンセル and a save lead: the customer's detail or 予定一覧. */
  back: { href: string; toCustomer: boolean };
};

/** 予定を追加 / 編集: whose, what, when (an end is optional), where, who handles it, a memo. */
export function ScheduleForm({ initialValues, initialCustomer, assignees, editing, back }: Props) {
  const router = useRouter();
  const form = useForm<ScheduleFormValues>({
    resolver: zodResolver(createScheduleInput, undefined, { raw: true }) as unknown as Resolver<ScheduleFormValues>,
    defaultValues: initialValues,
    mode: "onTouched",
  });
  const [customer, setCustomer] = useState(initialCustomer);
  const { submit, formError } = useActionSubmit(
    form,
    (values): Promise<ActionResult<{ customerId: number }>> =>
      editing ? updateScheduleAction({ ...values, ...editing }) : createScheduleAction(values),
    (data) => {
      const saved = editing ? "updated" : "created";
      router.push(back.toCustomer && data ? `/customers/${data.customerId}?saved=schedule` : `/schedules?saved=${saved}`);
      router.refresh();
    },
  );
  const { errors } = form.formState;
  const err = (name: keyof ScheduleFormValues) => errors[name]?.message;
  const control = (name: keyof ScheduleFormValues, extra: { hint?: string } = {}) => ({
    id: `schedule-${name}`,
    className: controlClass,
    "aria-invalid": Boolean(err(name)) || undefined,
    "aria-describedby": describedBy(`schedule-${name}`, { error: err(name), hint: extra.hint }),
    ...form.register(name),
  });
  const active = assignees.filter((u) => !u.disabled || String(u.id) === initialValues.assigneeId);

  return (
    <form onSubmit={submit} noValidate aria-label={editing ? "予定の編集" : "予定を追加"} className="space-y-5">
      {formError && <Alert>{formError}</Alert>}
      <Card className="grid gap-5 p-5 sm:grid-cols-2 sm:p-6">
        <FormRow id="schedule-customerId" label="顧客" required error={err("customerId")} className="sm:col-span-2">
          <CustomerPicker
            id="schedule-customerId"
            value={customer}
            invalid={Boolean(err("customerId"))}
            describedBy={describedBy("schedule-customerId", { error: err("customerId") })}
            onChange={(next) => {
              setCustomer(next);
              form.setValue("customerId", next ? String(next.id) : "", { shouldValidate: form.formState.isSubmitted, shouldDirty: true });
            }}
          />
        </FormRow>
        <FormRow id="schedule-title" label="件名" required error={err("title")} className="sm:col-span-2">
          <input type="text" maxLength={100} placeholder="例: 現場見学会のご案内、プラン提案" {...control("title")} />
        </FormRow>
        <FormRow id="schedule-startsAt" label="開始日時" required error={err("startsAt")}>
          <input type="datetime-local" {...control("startsAt")} />
        </FormRow>
        <FormRow id="schedule-endsAt" label="終了日時" error={err("endsAt")} hint="空欄なら開始時刻のみの予定になります">
          <input type="datetime-local" {...control("endsAt", { hint: "空欄なら開始時刻のみの予定になります" })} />
        </FormRow>
        <FormRow id="schedule-place" label="場所" error={err("place")}>
          <input type="text" maxLength={200} placeholder="例: 本社モデルハウス、お客様宅" {...control("place")} />
        </FormRow>
        <FormRow id="schedule-assigneeId" label="担当者" error={err("assigneeId")}>
          <select {...control("assigneeId")}>
            <option value="">未定</option>
            {active.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
                {u.disabled ? "(無効)" : ""}
              </option>
            ))}
          </select>
        </FormRow>
        <FormRow id="schedule-note" label="メモ" error={err("note")} className="sm:col-span-2">
          <textarea rows={4} maxLength={2000} placeholder="持ち物、事前に確認することなど" {...control("note")} />
        </FormRow>
      </Card>
      <div className="sticky bottom-0 -mx-4 flex justify-end gap-2 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:px-0">
        <Link href={back.href} className={buttonClass("secondary")}>
          キャンセル
        </Link>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "保存中…" : editing ? "変更を保存" : "予定を追加"}
        </Button>
      </div>
    </form>
  );
}
