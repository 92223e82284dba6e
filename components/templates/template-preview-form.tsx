"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo, useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { checkTemplateValuesAction } from "@/lib/templates/actions";
import { TemplateFields } from "@/components/template-form/template-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { FieldDefinition } from "@/lib/templates/model/definition";
import { toFormValues, buildValuesSchema } from "@/lib/templates/model/values";

/**
 * The template's form exactly as records will use it: validated in the browser by the
 * schema builder, then again on the server. Nothing is saved.
 */
export function TemplatePreviewForm({ templateId, fields }: { templateId: number; fields: FieldDefinition[] }) {
  const schema = useMemo(() => buildValuesSchema(fields), [fields]);
  const form = useForm<Record<string, unknown>>({
    // The resolver hands onSubmit the raw form values, so the server parses exactly what the user typed.
    resolver: zodResolver(schema, undefined, { raw: true }),
    defaultValues: toFormValues(fields),
    mode: "onTouched",
  });
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string } | null>(null);

  const submit = form.handleSubmit(
    async (values) => {
      setStatus(null);
      const result = await checkTemplateValuesAction({ templateId, values }).catch(() => null);
      if (!result) return setStatus({ tone: "error", text: "サーバーに接続できませんでした" });
      if (result.ok)
        return setStatus({ tone: "success", text: "入力内容はサーバーでも有効と判定されました(プレビューのため保存されません)" });
      for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
        const key = path.replace(/^values\./, "");
        form.setError(key, { type: "server", message: messages.join(" / ") });
      }
      setStatus({ tone: "error", text: result.formError ?? "入力内容を確認してください" });
    },
    () => setStatus({ tone: "error", text: "入力内容にエラーがあります。赤く表示された項目を確認してください。" }),
  );

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate aria-label="プレビュー" className="space-y-5">
        {status && <Alert tone={status.tone}>{status.text}</Alert>}
        <Card className="p-5 sm:p-6">
          <TemplateFields fields={fields} />
        </Card>
        <div className="flex justify-end gap-2">
          <Button
            variant="secondary"
            onClick={() => {
              form.reset(toFormValues(fields));
              setStatus(null);
            }}
          >
            クリア
          </Button>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "確認中…" : "入力チェック"}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
