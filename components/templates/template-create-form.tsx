"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { createTemplateAction } from "@/lib/templates/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/text-field";
import { useActionSubmit } from "@/components/ui/use-action-form";
import { templateName, TEMPLATE_KIND_LABELS, type TemplateKind } from "@/lib/templates/model/definition";

const schema = z.object({ name: templateName });

export function TemplateCreateForm({ kind }: { kind: TemplateKind }) {
  const router = useRouter();
  const form = useForm<z.input<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { name: "" } });
  const { submit, formError } = useActionSubmit(
    form,
    ({ name }) => createTemplateAction({ kind, name }),
    (created) => {
      if (created) router.push(`/settings/templates/${created.id}`);
    },
  );
  const title = `${TEMPLATE_KIND_LABELS[kind]}テンプレートを作成`;
  const error = form.formState.errors.name?.message;
  return (
    <Card className="p-5">
      <h2 className="mb-1 font-bold">{title}</h2>
      <p className="mb-4 text-sm text-slate-600">
        {kind === "report" ? "作成後に項目を追加します。" : "氏名・フリガナ・検索用キーワードは自動で含まれます。"}
      </p>
      <form onSubmit={submit} className="space-y-4" noValidate aria-label={title}>
        {formError && <Alert>{formError}</Alert>}
        <TextField
          label="テンプレート名"
          required
          placeholder="例: 新築見込み客用"
          errors={error ? [error] : undefined}
          {...form.register("name")}
        />
        <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "作成中…" : "作成して項目を編集"}
        </Button>
      </form>
    </Card>
  );
}
