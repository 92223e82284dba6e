"use client";

import { Pencil, Trash2 } from "lucide-react";
import Link from "next/link";
import { useRef, useState, type ReactNode } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { CHIP_COLORS, type ChipColor } from "@/lib/customer-settings/model/colors";
import type { SettingLabel } from "@/lib/customer-settings/model/inputs";
import { SettingChip } from "./setting-chip";
import { SettingForm } from "./setting-form";
import type { Notice, SettingItem, UpdateSettingAction } from "./types";

type Props = {
  item: SettingItem;
  label: SettingLabel;
  update: UpdateSettingAction;
  onNotice: (notice: Notice) => void;
  /** Before the chip, e.g. the position in an ordered list. */
  leading?: ReactNode;
  /** Before 編集, e.g. the up/down buttons. */
  controls?: ReactNode;
  /** Why 削除 is unavailable, when it is. */
  deleteBlocked?: string;
  deleteDialog: (dialog: { open: boolean; onClose: () => void }) => ReactNode;
};

const knownColor = (color: string): ChipColor => ((CHIP_COLORS as readonly string[]).includes(color) ? (color as ChipColor) : "gray");

/** One status, class or tag: its chip and customer count, edited in place, deleted via a dialog. */
export function SettingRow({ item, label, update, onNotice, leading, controls, deleteBlocked, deleteDialog }: Props) {
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const title = `「${item.name}」`;

  // The form replaces the button; the keyboard goes back to it when the form closes.
  function closeEditor() {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  }

  return (
    <li className="px-4 py-3 sm:px-5" data-testid="setting-row" aria-label={item.name}>
      {editing ? (
        <div className="rounded-lg bg-slate-50 p-4">
          <SettingForm
            label={label}
            idPrefix={`edit-${item.id}`}
            title={`${title}を編集`}
            defaultValues={{ name: item.name, color: knownColor(item.color) }}
            submitLabel="保存"
            action={(values) => update({ ...values, id: item.id })}
            onSaved={(values) => {
              closeEditor();
              onNotice({ text: `${label}「${values.name}」を保存しました`, visible: true });
            }}
            onCancel={closeEditor}
          />
        </div>
      ) : (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          {leading}
          {/* On a phone the buttons wrap to a line of their own, so names are never cut short. */}
          <div className="flex min-w-40 flex-1 flex-wrap items-center gap-x-3 gap-y-1">
            <SettingChip name={item.name} color={item.color} />
            {item.customerCount > 0 ? (
              <Link href={item.customersHref} className="text-sm whitespace-nowrap text-slate-600 hover:text-brand-700 hover:underline">
                顧客 {item.customerCount.toLocaleString("ja-JP")}件
              </Link>
            ) : (
              <span className="text-sm whitespace-nowrap text-slate-400">顧客 0件</span>
            )}
          </div>
          <div className="ml-auto flex items-center gap-1">
            {controls}
            <button
              ref={editButton}
              type="button"
              className={buttonClass("ghost", "sm")}
              aria-label={`${title}を編集`}
              onClick={() => setEditing(true)}
            >
              <Pencil aria-hidden className="size-4" />
              <span className="hidden sm:inline">編集</span>
            </button>
            <Button
              variant="ghost"
              size="sm"
              className="text-red-700 hover:bg-red-50 disabled:text-slate-300"
              aria-label={`${title}を削除`}
              title={deleteBlocked}
              disabled={Boolean(deleteBlocked)}
              onClick={() => setDeleting(true)}
            >
              <Trash2 aria-hidden className="size-4" />
              <span className="hidden sm:inline">削除</span>
            </Button>
          </div>
        </div>
      )}
      {deleteDialog({ open: deleting, onClose: () => setDeleting(false) })}
    </li>
  );
}
