"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { createOrganizationAction, updateOrganizationAction } from "@/lib/organizations/actions";
import type { FormTemplate } from "@/components/customers/customer-form";
import { TemplateChooser } from "@/components/customers/template-chooser";
import { TemplateFields } from "@/components/template-form/template-fields";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useActionSubmit } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/shared/action-result";
import type { FormValues } from "@/lib/templates/model/values";
import { buildValuesSchema } from "@/lib/templates/model/values";

/** 顧客組織追加 and 編集: the organization template's fields, nothing else. */
export function OrganizationForm({
  templates,
  initialTemplateId,
  initialValues,
  editing,
}: {
  templates: FormTemplate[];
  initialTemplateId: number;
  initialValues: FormValues;
  editing?: { id: number; version: number };
}) {
  const router = useRouter();
  const [templateId, setTemplateId] = useState(initialTemplateId);
  const template = templates.find((t) => t.id === templateId) ?? templates[0]!;
  const schema = useMemo(() => buildValuesSchema(template.fields), [template]);
  const form = useForm<Record<string, unknown>>({
    resolver: zodResolver(schema, undefined, { raw: true }),
    defaultValues: initialValues,
    mode: "onTouched",
  });
  const { submit, formError } = useActionSubmit(
    form,
    (values): Promise<ActionResult<{ id: number } | { version: number }>> =>
      editing ? updateOrganizationAction({ ...editing, templateId, values }) : createOrganizationAction({ templateId, values }),
    (data) => {
      const id = editing?.id ?? (data && "id" in data ? data.id : 0);
      router.push(`/organizations/${id}?saved=${editing ? "updated" : "created"}`);
      router.refresh();
    },
  );

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate aria-label={editing ? "顧客組織の編集" : "顧客組織追加"} className="space-y-5">
        {formError && <Alert>{formError}</Alert>}
        {templates.length > 1 && (
          <TemplateChooser templates={templates} value={templateId} onChange={setTemplateId} locked={Boolean(editing)} />
        )}
        <Card className="p-5 sm:p-6">
          <TemplateFields fields={template.fields} />
        </Card>
        <div className="flex justify-end gap-2">
          <Link href={editing ? `/organizations/${editing.id}` : "/organizations"} className={buttonClass("secondary")}>
            キャンセル
          </Link>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "保存中…" : editing ? "変更を保存" : "顧客組織を登録"}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
