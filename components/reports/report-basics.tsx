"use client";

import { useState } from "react";
import { useFormContext } from "react-hook-form";
import { controlClass } from "@/components/template-form/control-props";
import { CustomerPicker } from "./customer-picker";
import { describedBy, FormRow } from "./form-row";
import { TemplateChoice } from "./template-choice";

/**
 * The report's own parts: whose (顧客), which kind (only when writing a new one: an edit
 * keeps the form its values were written with), when (日時) and an optional subject.
 */
export function ReportBasics({
  templates,
  templateId,
  onTemplate,
  initialCustomer,
}: {
  templates: { id: number; name: string }[];
  templateId: number;
  onTemplate: (id: number) => void;
  initialCustomer: { id: number; name: string } | null;
}) {
  const { register, setValue, formState } = useFormContext();
  const [customer, setCustomer] = useState(initialCustomer);
  const error = (name: string) => {
    const message = formState.errors[name]?.message;
    return typeof message === "string" ? message : undefined;
  };
  const ids = { customer: "report-customer", at: "report-occurred-at", title: "report-title" };
  const hints = { at: "実際に商談・来社などがあった日時です。対応履歴はこの日時の順に並びます。" };
  return (
    <div className="grid gap-5 sm:grid-cols-2">
      <FormRow id={ids.customer} label="顧客" required error={error("_customerId")} className="sm:col-span-2">
        <CustomerPicker
          id={ids.customer}
          value={customer}
          invalid={Boolean(error("_customerId"))}
          describedBy={describedBy(ids.customer, { error: error("_customerId") })}
          onChange={(next) => {
            setCustomer(next);
            setValue("_customerId", next ? String(next.id) : "", { shouldValidate: formState.isSubmitted, shouldDirty: true });
          }}
        />
      </FormRow>
      {templates.length > 1 && (
        <div className="sm:col-span-2">
          <TemplateChoice templates={templates} value={templateId} onChange={onTemplate} />
        </div>
      )}
      <FormRow id={ids.at} label="日時" required error={error("_occurredAt")} hint={hints.at}>
        <input
          id={ids.at}
          type="datetime-local"
          className={controlClass}
          aria-invalid={Boolean(error("_occurredAt")) || undefined}
          aria-describedby={describedBy(ids.at, { hint: hints.at, error: error("_occurredAt") })}
          {...register("_occurredAt")}
        />
      </FormRow>
      <FormRow id={ids.title} label="件名" error={error("_title")}>
        <input
          id={ids.title}
          type="text"
          maxLength={100}
          placeholder="例: 2回目のプラン提案"
          className={controlClass}
          aria-invalid={Boolean(error("_title")) || undefined}
          {...register("_title")}
        />
      </FormRow>
    </div>
  );
}
