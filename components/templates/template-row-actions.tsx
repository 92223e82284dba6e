"use client";

import { archiveTemplateAction, restoreTemplateAction, setDefaultTemplateAction } from "@/lib/templates/actions";
import { Button } from "@/components/ui/button";
import { useActionRunner } from "@/components/ui/use-action-runner";

type Props = { template: { id: number; name: string; isDefault: boolean; archived: boolean } };

export function TemplateRowActions({ template }: Props) {
  const { run, error, pending } = useActionRunner();

  const id = template.id;
  return (
    <>
      {!template.isDefault && !template.archived && (
        <Button variant="ghost" size="sm" disabled={pending} onClick={() => run(() => setDefaultTemplateAction({ id }))}>
          既定にする
        </Button>
      )}
      {template.archived ? (
        <Button variant="ghost" size="sm" disabled={pending} onClick={() => run(() => restoreTemplateAction({ id }))}>
          元に戻す
        </Button>
      ) : (
        !template.isDefault && (
          <Button
            variant="ghost"
            size="sm"
            disabled={pending}
            onClick={() => {
              if (
                window.confirm(
                  `「${template.name}」をアーカイブしますか？新しい登録では選べなくなります。登録済みのデータはそのまま残ります。`,
                )
              ) {
                run(() => archiveTemplateAction({ id }));
              }
            }}
          >
            アーカイブ
          </Button>
        )
      )}
      {error && (
        <p role="alert" className="w-full text-sm text-red-600">
          {error}
        </p>
      )}
    </>
  );
}
