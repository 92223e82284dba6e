"use client";

import { Plus } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { FormProvider, useFieldArray, useForm, type Path } from "react-hook-form";
import { updateTemplateAction } from "@/lib/templates/actions";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/text-field";
import type { FieldDefinition } from "@/lib/templates/model/definition";
import { editorErrorPath, fromEditorField, newEditorField, toEditorField, type EditorField } from "@/lib/templates/model/editor";
import { FieldRow } from "./field-row";

type EditorValues = { name: string; fields: EditorField[] };
type Props = { template: { id: number; version: number; name: string; fields: FieldDefinition[] } };

export function TemplateEditor({ template }: Props) {
  const router = useRouter();
  const [version, setVersion] = useState(template.version);
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<EditorValues>({ defaultValues: { name: template.name, fields: template.fields.map(toEditorField) } });
  const rows = useFieldArray({ control: form.control, name: "fields", keyName: "rowId" });
  const { isDirty, isSubmitting } = form.formState;

  // Leaving with unsaved edits asks first.
  useEffect(() => {
    if (!isDirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [isDirty]);

  function move(from: number, to: number) {
    const key = form.getValues(`fields.${from}.key`);
    rows.move(from, to);
    // Keep the keyboard on the moved field's button.
    requestAnimationFrame(() => document.querySelector<HTMLButtonElement>(`[data-move="${key}-${to < from ? "up" : "down"}"]`)?.focus());
  }

  function removeRow(index: number) {
    const label = form.getValues(`fields.${index}.label`) || "新しい項目";
    if (window.confirm(`「${label}」を削除しますか？登録済みの値は消えず、記録に「削除された項目」として表示されます。`))
      rows.remove(index);
  }

  const submit = form.handleSubmit(async (values) => {
    setStatus(null);
    const result = await updateTemplateAction({
      id: template.id,
      version,
      name: values.name,
      fields: values.fields.map(fromEditorField),
    }).catch(() => null);
    if (!result) {
      setStatus({ tone: "error", text: "サーバーに接続できませんでした。入力内容は残っています。もう一度保存してください。" });
      return;
    }
    if (result.ok) {
      setVersion(result.data?.version ?? version + 1);
      form.reset(values);
      setStatus({ tone: "success", text: "テンプレートを保存しました" });
      router.refresh();
      return;
    }
    for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
      const name = editorErrorPath(path);
      if (name.startsWith("fields.") || name === "name")
        form.setError(name as Path<EditorValues>, { type: "server", message: messages.join(" / ") });
    }
    setStatus({ tone: "error", text: result.formError ?? "入力内容を確認してください" });
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate aria-label="テンプレートの編集" className="space-y-5">
        {status && <Alert tone={status.tone}>{status.text}</Alert>}
        <Card className="p-5">
          <TextField
            label="テンプレート名"
            required
            errors={form.formState.errors.name?.message ? [form.formState.errors.name.message] : undefined}
            {...form.register("name")}
          />
        </Card>
        <section aria-labelledby="fields-heading">
          <div className="mb-3 flex items-center justify-between">
            <h2 id="fields-heading" className="font-bold">
              項目({rows.fields.length})
            </h2>
          </div>
          <ol className="space-y-3">
            {rows.fields.map((row, index) => (
              <FieldRow key={row.rowId} index={index} count={rows.fields.length} onMove={move} onRemove={removeRow} />
            ))}
          </ol>
          <Button
            variant="secondary"
            className="mt-3 w-full border-dashed"
            onClick={() => {
              rows.append(newEditorField());
              requestAnimationFrame(() => {
                const inputs = document.querySelectorAll<HTMLInputElement>('[data-testid="field-row"] input[id$="-label"]');
                inputs[inputs.length - 1]?.focus();
              });
            }}
          >
            <Plus aria-hidden className="size-4" />
            項目を追加
          </Button>
        </section>
        <div className="sticky bottom-0 -mx-4 flex items-center justify-end gap-2 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-xl sm:border">
          {isDirty && <span className="mr-auto text-sm text-amber-700">未保存の変更があります</span>}
          <Link href={`/settings/templates/${template.id}/preview`} className={buttonClass("ghost")}>
            プレビュー
          </Link>
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "保存中…" : "保存"}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
