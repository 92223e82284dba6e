import { z } from "zod";

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
