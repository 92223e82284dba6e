import type { SettingLabel } from "./inputs";

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
