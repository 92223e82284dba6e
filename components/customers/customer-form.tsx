"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { FormProvider, useForm, type Path } from "react-hook-form";
import { createCustomerAction, updateCustomerAction } from "@/lib/customers/actions";
import { TemplateFields } from "@/components/template-form/template-fields";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { ActionResult } from "@/lib/shared/action-result";
import { attributesOf, customerFormSchema, formFieldName, type CustomerFormValues } from "@/lib/customers/model/form";
import type { FieldDefinition } from "@/lib/templates/model/definition";
import { CustomerAttributeFields, type CustomerSettingsLists } from "./customer-attribute-fields";
import { TemplateChooser } from "./template-chooser";

export type FormTemplate = { id: number; name: string; fields: FieldDefinition[] };

type Props = {
  lists: CustomerSettingsLists;
  templates: FormTemplate[];
  initialTemplateId: number;
  initialValues: CustomerFormValues;
  /** Present when editing: the record and the version the form was read at. */
  editing?: { id: number; version: number };
};

/** 顧客追加 and 編集: the template's fields, then status, class, tags and the 重要 mark. */
export function CustomerForm({ lists, templates, initialTemplateId, initialValues, editing }: Props) {
  const router = useRouter();
  const [templateId, setTemplateId] = useState(initialTemplateId);
  const template = templates.find((t) => t.id === templateId) ?? templates[0]!;
  const schema = useMemo(() => customerFormSchema(template.fields), [template]);
  const form = useForm<Record<string, unknown>>({
    resolver: zodResolver(schema, undefined, { raw: true }),
    defaultValues: initialValues,
    mode: "onTouched",
  });
  const [formError, setFormError] = useState<string | null>(null);

  const submit = form.handleSubmit(
    async (values) => {
      setFormError(null);
      const attributes = attributesOf(values);
      const input = {
        templateId,
        values,
        statusId: attributes.statusId,
        classId: attributes.classId,
        tagIds: (attributes.tagIds as string[]).map(Number),
        important: attributes.important === true,
        organizationId: attributes.organizationId,
      };
      let result: ActionResult<{ id: number } | { version: number }>;
      try {
        result = editing ? await updateCustomerAction({ ...input, ...editing }) : await createCustomerAction(input);
      } catch {
        return setFormError("サーバーに接続できませんでした。通信環境を確認してもう一度お試しください。入力内容は残っています。");
      }
      if (result.ok) {
        const id = editing?.id ?? (result.data as { id: number }).id;
        router.push(`/customers/${id}?saved=${editing ? "updated" : "created"}`);
        router.refresh();
        return;
      }
      for (const [name, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (name !== "_form" && messages[0])
          form.setError(formFieldName(name) as Path<Record<string, unknown>>, { type: "server", message: messages.join(" / ") });
      }
      setFormError(result.formError ?? "入力内容を確認してください");
    },
    () => setFormError("入力内容にエラーがあります。赤く表示された項目を確認してください。"),
  );

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate aria-label={editing ? "顧客の編集" : "顧客追加"} className="space-y-5">
        {formError && <Alert>{formError}</Alert>}
        {templates.length > 1 && (
          <TemplateChooser templates={templates} value={templateId} onChange={setTemplateId} locked={Boolean(editing)} />
        )}
        <Card className="p-5 sm:p-6">
          <h2 className="mb-4 text-base font-semibold text-slate-900">基本情報</h2>
          <TemplateFields fields={template.fields} />
        </Card>
        <Card className="p-5 sm:p-6">
          <h2 className="mb-4 text-base font-semibold text-slate-900">分類</h2>
          <CustomerAttributeFields lists={lists} withOrganization={"_organization" in initialValues} />
        </Card>
        <div className="sticky bottom-0 -mx-4 flex justify-end gap-2 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:px-0">
          <Link href={editing ? `/customers/${editing.id}` : "/customers"} className={buttonClass("secondary")}>
            キャンセル
          </Link>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "保存中…" : editing ? "変更を保存" : "顧客を登録"}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
