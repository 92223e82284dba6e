import { z } from "zod";
import { recordId } from "@/lib/shared/validation/record-id";
import { EMPTY_FILTER, type CustomerFilter, listStateToSearch } from "@/lib/customers/model";

/**
 * Colours of statuses, classes and tags are names from this palette, not free CSS: chips
 * stay readable (contrast checked once here) and Tailwind sees every class it must emit.
 */
export const CHIP_COLORS = ["gray", "red", "orange", "amber", "green", "teal", "blue", "indigo", "violet", "pink"] as const;
export type ChipColor = (typeof CHIP_COLORS)[number];

export const chipColor = z.enum(CHIP_COLORS, { message: "色を選択してください" });

export const CHIP_COLOR_LABELS: Record<ChipColor, string> = {
  gray: "グレー",
  red: "赤",
  orange: "オレンジ",
  amber: "黄",
  green: "緑",
  teal: "青緑",
  blue: "青",
  indigo: "藍",
  violet: "紫",
  pink: "ピンク",
};

/** Background, text and ring classes of a chip; the swatch uses the dot class. */
export const CHIP_CLASSES: Record<ChipColor, { chip: string; dot: string }> = {
  gray: { chip: "bg-slate-100 text-slate-700 ring-slate-300", dot: "bg-slate-500" },
  red: { chip: "bg-red-50 text-red-700 ring-red-200", dot: "bg-red-500" },
  orange: { chip: "bg-orange-50 text-orange-800 ring-orange-200", dot: "bg-orange-500" },
  amber: { chip: "bg-amber-50 text-amber-800 ring-amber-200", dot: "bg-amber-400" },
  green: { chip: "bg-green-50 text-green-800 ring-green-200", dot: "bg-green-500" },
  teal: { chip: "bg-teal-50 text-teal-800 ring-teal-200", dot: "bg-teal-500" },
  blue: { chip: "bg-blue-50 text-blue-700 ring-blue-200", dot: "bg-blue-500" },
  indigo: { chip: "bg-indigo-50 text-indigo-700 ring-indigo-200", dot: "bg-indigo-500" },
  violet: { chip: "bg-violet-50 text-violet-700 ring-violet-200", dot: "bg-violet-500" },
  pink: { chip: "bg-pink-50 text-pink-700 ring-pink-200", dot: "bg-pink-500" },
};

export function chipClasses(color: string) {
  return CHIP_CLASSES[(CHIP_COLORS as readonly string[]).includes(color) ? (color as ChipColor) : "gray"];
}

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

type FilterKey = keyof Pick<CustomerFilter, "statusIds" | "classIds" | "tagIds">;

/** The customer list filtered to one status, class or tag, built by the list's own URL code. */
export function customersWith(key: FilterKey, id: number): string {
  return `/customers${listStateToSearch({ filter: { ...EMPTY_FILTER, [key]: [id] } })}`;
}
