import { z } from "zod";
import { recordId } from "@/lib/shared/validation/record-id";
import { chipColor } from "./colors";

/** The lists an admin edits under 設定; the Japanese noun goes into every message. */
export type SettingLabel = "ステータス" | "客区分" | "タグ";

export const SETTING_NAME_MAX = 40;

const id = recordId("項目が見つかりません。ページを再読み込みしてください");

export function settingName(label: SettingLabel) {
  return z
    .string({ message: `${label}名を入力してください` })
    .trim()
    .min(1, `${label}名を入力してください`)
    .max(SETTING_NAME_MAX, `${label}名は${SETTING_NAME_MAX}文字以内で入力してください`);
}

/** Name and colour: the form of an added or edited status, class or tag (browser and server). */
export function settingFields(label: SettingLabel) {
  return z.object({ name: settingName(label), color: chipColor });
}

export const settingIdInput = z.object({ id });

export function settingUpdateInput(label: SettingLabel) {
  return settingFields(label).extend({ id });
}

export const moveItemInput = z.object({ id, direction: z.enum(["up", "down"], { message: "移動する方向が正しくありません" }) });

/**
 * Deleting a status or class in use names where its customers go: another item's id, or
 * "none" (客区分 only). An empty select means "not chosen".
 */
export const deleteItemInput = z.object({
  id,
  moveTo: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.union([z.literal("none"), id]).optional()),
});

export type SettingFields = z.input<ReturnType<typeof settingFields>>;
export type MoveItemInput = z.input<typeof moveItemInput>;
export type DeleteItemInput = z.input<typeof deleteItemInput>;

/**
 * ステータス and 客区分 are one kind of list (ordered, coloured, used by customers); this is
 * what differs between them, safe to import in the browser.
 */
export const ORDERED_LIST_KINDS = ["status", "class"] as const;
export type OrderedListKind = (typeof ORDERED_LIST_KINDS)[number];

export type OrderedListText = {
  label: Extract<SettingLabel, "ステータス" | "客区分">;
  /** Every customer has one: no 「なし」 as a move target, and the last item cannot go. */
  required: boolean;
  /** Told before customers are moved off a deleted item. */
  moveNote: string;
};

export const ORDERED_LIST_TEXT: Record<OrderedListKind, OrderedListText> = {
  status: { label: "ステータス", required: true, moveNote: "変更はそれぞれの顧客のステータス履歴に記録されます。" },
  class: { label: "客区分", required: false, moveNote: "" },
};
