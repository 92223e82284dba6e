"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SheetDialog } from "@/components/ui/sheet-dialog";
import { useActionRunner } from "@/components/ui/use-action-runner";
import type { ActionResult } from "@/lib/shared/action-result";
import type { Notice, SettingItem } from "./types";

export type DeleteTagAction = (input: { id: number }) => Promise<ActionResult<{ removedFrom: number }>>;

type Props = { item: SettingItem; remove: DeleteTagAction; open: boolean; onClose: () => void; onNotice: (notice: Notice) => void };

/** Says how many customers lose the tag before it is deleted, and how many did after. */
export function TagDeleteDialog({ item, remove, open, onClose, onNotice }: Props) {
  const { run, error, pending } = useActionRunner();
  const count = item.customerCount.toLocaleString("ja-JP");

  function confirm() {
    run(
      () => remove({ id: item.id }),
      (data) => {
        const removedFrom = data?.removedFrom ?? 0;
        const detail = removedFrom > 0 ? `(顧客${removedFrom.toLocaleString("ja-JP")}件から外しました)` : "";
        onNotice({ text: `タグ「${item.name}」を削除しました${detail}`, visible: true });
        onClose();
      },
    );
  }

  return (
    <SheetDialog
      open={open}
      onClose={onClose}
      title={`タグ「${item.name}」を削除`}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            キャンセル
          </Button>
          <Button variant="danger" disabled={pending} onClick={confirm}>
            {pending ? "削除中…" : "削除する"}
          </Button>
        </>
      }
    >
      <div className="space-y-3 text-sm">
        {error && <Alert>{error}</Alert>}
        {item.customerCount > 0 ? (
          <p>
            このタグは<strong className="mx-0.5">顧客{count}件</strong>に付いています。削除すると、すべての顧客からこのタグが外れます。
          </p>
        ) : (
          <p>このタグが付いた顧客はいません。</p>
        )}
        <p className="text-slate-600">この操作は取り消せません。</p>
      </div>
    </SheetDialog>
  );
}
