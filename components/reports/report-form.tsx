"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useMemo, useState } from "react";
import { FormProvider, useForm, type Path } from "react-hook-form";
import { createReportAction, updateReportAction } from "@/lib/reports/actions";
import { TemplateFields } from "@/components/template-form/template-fields";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { ActionResult } from "@/lib/shared/action-result";
import {
  initialReportFormValues,
  reportAttributesOf,
  reportFormFieldName,
  reportFormSchema,
  type ReportFormValues,
} from "@/lib/reports/model/inputs";
import type { FieldDefinition } from "@/lib/templates/model/definition";
import { ReportBasics } from "./report-basics";

export type ReportFormTemplate = { id: number; name: string; fields: FieldDefinition[] };

type Props = {
  templates: ReportFormTemplate[];
  initialTemplateId: number;
  initialValues: ReportFormValues;
  initialCustomer: { id: number; name: string } | null;
  /** Present when editing: the report and the version the form was read at. */
  editing?: { id: number; version: number };
  /** Where キャンセル and a new report's save lead: the customer's detail, or the report. */
  back: { href: string; toCustomer: boolean };
};

/** 報告書を書く / 編集: the customer, the kind, 日時 and 件名, then the template's own fields. */
export function ReportForm({ templates, initialTemplateId, initialValues, initialCustomer, editing, back }: Props) {
  const router = useRouter();
  const formId = useId();
  const [templateId, setTemplateId] = useState(initialTemplateId);
  const template = templates.find((t) => t.id === templateId) ?? templates[0]!;
  const schema = useMemo(() => reportFormSchema(template.fields), [template]);
  const form = useForm<Record<string, unknown>>({
    resolver: zodResolver(schema, undefined, { raw: true }),
    defaultValues: initialValues,
    mode: "onTouched",
  });
  const [formError, setFormError] = useState<string | null>(null);

  // A new report's untouched datetime fields (商談日時…) follow 日時, so one entry sets both.
  useEffect(() => {
    if (editing) return;
    return form.subscribe({
      name: "_occurredAt",
      formState: { values: true },
      callback: ({ values, name }) => {
        if (name !== "_occurredAt") return;
        for (const f of template.fields)
          if (f.type === "datetime" && !form.getFieldState(f.key).isDirty) form.setValue(f.key, values._occurredAt);
      },
    });
  }, [form, template, editing]);

  const switchTemplate = (id: number) => {
    const next = templates.find((t) => t.id === id);
    if (!next) return;
    const { _customerId, _occurredAt, _title } = form.getValues() as ReportFormValues;
    const fresh = initialReportFormValues(next.fields);
    for (const f of next.fields) if (f.type === "datetime") fresh[f.key] = _occurredAt;
    form.reset({ ...fresh, _customerId, _occurredAt, _title });
    setTemplateId(id);
  };

  const submit = form.handleSubmit(
    async (values) => {
      setFormError(null);
      const attributes = reportAttributesOf(values);
      const input = {
        customerId: Number(attributes.customerId),
        occurredAt: String(attributes.occurredAt),
        title: String(attributes.title ?? ""),
        values,
      };
      let result: ActionResult<{ id: number; customerId: number } | { version: number; customerId: number }>;
      try {
        result = editing ? await updateReportAction({ ...input, ...editing }) : await createReportAction({ ...input, templateId });
      } catch {
        return setFormError("サーバーに接続できませんでした。通信環境を確認してもう一度お試しください。入力内容は残っています。");
      }
      if (result.ok && result.data) {
        const saved = result.data;
        if (editing) router.push(`/reports/${editing.id}?saved=updated`);
        else if (back.toCustomer) router.push(`/customers/${saved.customerId}?saved=report`);
        else router.push(`/reports/${(saved as { id: number }).id}?saved=created`);
        router.refresh();
        return;
      }
      if (result.ok) return;
      for (const [name, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (name !== "_form" && messages[0])
          form.setError(reportFormFieldName(name) as Path<Record<string, unknown>>, { type: "server", message: messages.join(" / ") });
      }
      setFormError(result.formError ?? "入力内容を確認してください");
    },
    () => setFormError("入力内容にエラーがあります。赤く表示された項目を確認してください。"),
  );

  return (
    <FormProvider {...form}>
      <form id={formId} onSubmit={submit} noValidate aria-label={editing ? "報告書の編集" : "報告書を書く"} className="space-y-5">
        {formError && <Alert>{formError}</Alert>}
        <Card className="p-5 sm:p-6">
          <ReportBasics
            templates={editing ? [] : templates}
            templateId={templateId}
            onTemplate={switchTemplate}
            initialCustomer={initialCustomer}
          />
        </Card>
        <Card className="p-5 sm:p-6">
          <h2 className="mb-4 text-base font-semibold text-slate-900">{template.name}</h2>
          {template.fields.length > 0 ? (
            <TemplateFields fields={template.fields} />
          ) : (
            <p className="text-sm text-slate-500">このテンプレートには項目がありません。</p>
          )}
        </Card>
        <div className="sticky bottom-0 -mx-4 flex justify-end gap-2 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:px-0">
          <Link href={back.href} className={buttonClass("secondary")}>
            キャンセル
          </Link>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "保存中…" : editing ? "変更を保存" : "報告書を保存"}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
