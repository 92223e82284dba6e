"use client";

import { ListOrdered } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { useActionRunner } from "@/components/ui/use-action-runner";
import type { ActionResult } from "@/lib/shared/action-result";
import { CHIP_COLORS } from "@/lib/customer-settings/model/colors";
import type { MoveItemInput, OrderedListText } from "@/lib/customer-settings/model/inputs";
import { MoveButtons, moveButtonId } from "./move-buttons";
import { OrderedDeleteDialog, type DeleteOrderedAction } from "./ordered-delete-dialog";
import { SettingForm } from "./setting-form";
import { SettingListLayout } from "./setting-list-layout";
import { SettingRow } from "./setting-row";
import type { CreateSettingAction, Notice, SettingItem, UpdateSettingAction } from "./types";

type Props = {
  text: OrderedListText;
  items: SettingItem[];
  actions: {
    create: CreateSettingAction;
    update: UpdateSettingAction;
    move: (input: MoveItemInput) => Promise<ActionResult<void>>;
    remove: DeleteOrderedAction;
  };
};

/** The settings page of an ordered list (ステータス, 客区分): the list and its add form. */
export function OrderedListEditor({ text, items, actions }: Props) {
  const { label, required } = text;
  const [notice, setNotice] = useState<Notice | null>(null);
  const mover = useActionRunner();
  // Focus bookkeeping, not what the page shows: a ref, so it costs no render.
  const moved = useRef<{ id: number; direction: "up" | "down" } | null>(null);

  // A moved row is re-inserted in the DOM, which drops focus: put it back on the same arrow
  // (or the other one, if the row reached the end), so the keyboard can keep moving it.
  useEffect(() => {
    if (!moved.current || mover.pending) return;
    const { id, direction } = moved.current;
    const wanted = document.getElementById(moveButtonId(id, direction)) as HTMLButtonElement | null;
    const other = document.getElementById(moveButtonId(id, direction === "up" ? "down" : "up"));
    (wanted && !wanted.disabled ? wanted : other)?.focus();
    moved.current = null;
  }, [mover.pending, items]);

  function move(item: SettingItem, index: number, direction: "up" | "down") {
    setNotice(null);
    moved.current = { id: item.id, direction };
    const position = direction === "up" ? index : index + 2;
    mover.run(
      () => actions.move({ id: item.id, direction }),
      () => setNotice({ text: `「${item.name}」を${position}番目に移動しました`, visible: false }),
    );
  }

  const addLead = "一覧の末尾に追加されます。矢印ボタンで並べ替えられます。";
  const unusedColor = CHIP_COLORS.find((c) => !items.some((item) => item.color === c)) ?? "gray";

  return (
    <SettingListLayout
      label={label}
      count={items.length}
      notice={notice}
      error={mover.error}
      EmptyIcon={ListOrdered}
      list={
        <ol className="divide-y divide-slate-100" aria-label={`${label}一覧`}>
          {items.map((item, index) => (
            <SettingRow
              key={item.id}
              item={item}
              label={label}
              update={actions.update}
              onNotice={setNotice}
              leading={
                <span className="grid size-7 shrink-0 place-items-center rounded-full bg-slate-100 text-xs font-semibold text-slate-600">
                  {index + 1}
                  <span className="sr-only">番目</span>
                </span>
              }
              controls={
                <MoveButtons
                  id={item.id}
                  name={item.name}
                  isFirst={index === 0}
                  isLast={index === items.length - 1}
                  busy={mover.pending}
                  onMove={(direction) => move(item, index, direction)}
                />
              }
              deleteBlocked={required && items.length === 1 ? `最後の${label}は削除できません` : undefined}
              deleteDialog={(dialog) => (
                <OrderedDeleteDialog
                  {...dialog}
                  item={item}
                  text={text}
                  others={items.filter((other) => other.id !== item.id)}
                  remove={actions.remove}
                  onNotice={setNotice}
                />
              )}
            />
          ))}
        </ol>
      }
      addLead={addLead}
      addForm={
        <SettingForm
          label={label}
          idPrefix="add"
          title={`${label}を追加`}
          defaultValues={{ name: "", color: unusedColor }}
          submitLabel="追加"
          action={actions.create}
          onSaved={(values) => setNotice({ text: `${label}「${values.name}」を追加しました`, visible: true })}
        />
      }
    />
  );
}
