"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { SheetDialog } from "@/components/ui/sheet-dialog";
import { useActionRunner } from "@/components/ui/use-action-runner";
import type { ActionResult } from "@/lib/shared/action-result";
import type { DeleteItemInput, OrderedListText } from "@/lib/customer-settings/model/inputs";
import type { Notice, SettingItem } from "./types";

export type DeleteOrderedAction = (input: DeleteItemInput) => Promise<ActionResult<{ moved: number }>>;

type Props = {
  item: SettingItem;
  text: OrderedListText;
  /** The other items of the list, in order: where the customers can go. */
  others: { id: number; name: string }[];
  remove: DeleteOrderedAction;
  open: boolean;
  onClose: () => void;
  onNotice: (notice: Notice) => void;
};

/** Deleting a status or class; when customers use it, the admin picks where they go first. */
export function OrderedDeleteDialog({ item, text, others, remove, open, onClose, onNotice }: Props) {
  const { label, required } = text;
  const [moveTo, setMoveTo] = useState("");
  const { run, error, pending } = useActionRunner();
  const used = item.customerCount;
  const options = [
    { value: "", label: "選択してください" },
    ...others.map((o) => ({ value: String(o.id), label: o.name })),
    ...(required ? [] : [{ value: "none", label: `なし(${label}を外す)` }]),
  ];
  const targetName = moveTo === "none" ? `${label}なし` : `「${others.find((o) => String(o.id) === moveTo)?.name ?? ""}」`;

  function confirm() {
    run(
      () => remove({ id: item.id, moveTo: moveTo || undefined }),
      (data) => {
        const moved = data?.moved ?? 0;
        const detail = moved > 0 ? `顧客${moved.toLocaleString("ja-JP")}件を${targetName}に変更しました。` : "";
        onNotice({ text: `${label}「${item.name}」を削除しました。${detail}`, visible: true });
        onClose();
      },
    );
  }

  return (
    <SheetDialog
      open={open}
      onClose={onClose}
      title={`${label}「${item.name}」を削除`}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            キャンセル
          </Button>
          <Button variant="danger" disabled={pending || (used > 0 && moveTo === "")} onClick={confirm}>
            {pending ? "削除中…" : used > 0 ? "変更して削除" : "削除する"}
          </Button>
        </>
      }
    >
      <div className="space-y-4 text-sm">
        {error && <Alert>{error}</Alert>}
        {used === 0 ? (
          <p>この{label}を使っている顧客はいません。削除してよろしいですか？</p>
        ) : (
          <>
            <p>
              この{label}の顧客が<strong className="mx-0.5">{used.toLocaleString("ja-JP")}件</strong>います。 移動先を選ぶと、それらの顧客の
              {label}を変更してから削除します。
              {text.moveNote}
            </p>
            {others.length === 0 && required ? (
              <Alert>
                移動先にできる{label}がありません。先に別の{label}を追加してください。
              </Alert>
            ) : (
              <SelectField label="移動先" required options={options} value={moveTo} onChange={(e) => setMoveTo(e.target.value)} />
            )}
          </>
        )}
      </div>
    </SheetDialog>
  );
}
