import { z } from "zod";
import type { FieldDefinition, FieldOf } from "./definition";
import type { FieldType } from "./field-types";

// One rule per field type: what a non-empty value must look like, and the stored shape it
// becomes. Each accepts both what a form sends (strings) and what is stored, so parsing a
// stored value again gives the same value.

const nfkc = (v: string) => v.normalize("NFKC").trim();
const text = (max: number) =>
  z
    .string()
    .transform((v) => v.trim())
    .pipe(z.string().max(max, `${max}文字以内で入力してください`));

/** 1,234 / １２３４ / "1234" / 1234 → 1234 */
function numeric(message: string) {
  return z.union([z.number(), z.string()]).transform((v, ctx) => {
    const n = typeof v === "number" ? v : Number(nfkc(v).replace(/[,，¥￥円\s]/g, ""));
    if (!Number.isFinite(n) || (typeof v === "string" && nfkc(v) === "")) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return n;
  });
}

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const DATETIME = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[T ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;
const pad = (n: number) => String(n).padStart(2, "0");

const date = z.string().transform((v, ctx) => {
  const m = DATE.exec(nfkc(v));
  if (!m || !isRealDate(+m[1]!, +m[2]!, +m[3]!)) {
    ctx.addIssue({ code: "custom", message: "日付の形式が正しくありません(例: 2026-04-01)" });
    return z.NEVER;
  }
  return `${m[1]}-${pad(+m[2]!)}-${pad(+m[3]!)}`;
});

/** Wall-clock time in Asia/Tokyo, as a datetime-local input gives it: 2026-04-01T09:30 */
const datetime = z.string().transform((v, ctx) => {
  const m = DATETIME.exec(nfkc(v));
  if (!m || !isRealDate(+m[1]!, +m[2]!, +m[3]!) || +m[4]! > 23 || +m[5]! > 59) {
    ctx.addIssue({ code: "custom", message: "日時の形式が正しくありません(例: 2026-04-01 09:30)" });
    return z.NEVER;
  }
  return `${m[1]}-${pad(+m[2]!)}-${pad(+m[3]!)}T${pad(+m[4]!)}:${m[5]}`;
});

const email = z.string().transform(nfkc).pipe(z.email("メールアドレスの形式が正しくありません").max(254, "メールアドレスが長すぎます"));

const tel = z
  .string()
  .transform((v) => nfkc(v).replace(/[ー−‐―]/g, "-"))
  .refine((v) => /^\+?[0-9()\- ]+$/.test(v) && v.replace(/\D/g, "").length >= 6 && v.replace(/\D/g, "").length <= 15, {
    message: "電話番号の形式が正しくありません(例: 03-1234-5678)",
  });

const postal = z.string().transform((v, ctx) => {
  const digits = nfkc(v)
    .replace(/^〒/, "")
    .replace(/[ー−‐―]/g, "-")
    .trim();
  const m = /^(\d{3})-?(\d{4})$/.exec(digits);
  if (!m) {
    ctx.addIssue({ code: "custom", message: "郵便番号は7桁で入力してください(例: 123-4567)" });
    return z.NEVER;
  }
  return `${m[1]}-${m[2]}`;
});

const url = z
  .string()
  .transform(nfkc)
  .pipe(
    z
      .url({ protocol: /^https?$/, message: "URLの形式が正しくありません(http:// または https:// で始めてください)" })
      .max(2000, "URLが長すぎます"),
  );

const checkbox = z.union([z.boolean(), z.enum(["on", "true", "false"])]).transform((v) => v === true || v === "on" || v === "true");

function choice(field: FieldOf<"select">) {
  return z.string().refine((v) => field.options.includes(v), { message: "選択肢から選んでください" });
}

function choices(field: FieldOf<"multiselect">) {
  return z
    .union([z.array(z.string()), z.string().transform((v) => [v])])
    .refine((list) => list.every((v) => field.options.includes(v)), { message: "選択肢から選んでください" })
    .transform((list) => field.options.filter((o) => list.includes(o)));
}

function number(field: FieldOf<"number">) {
  return numeric("数値を入力してください").superRefine((n, ctx) => {
    if (field.min !== undefined && n < field.min) ctx.addIssue({ code: "custom", message: `${field.min}以上の値を入力してください` });
    if (field.max !== undefined && n > field.max) ctx.addIssue({ code: "custom", message: `${field.max}以下の値を入力してください` });
  });
}

const money = numeric("金額を半角数字で入力してください").superRefine((n, ctx) => {
  if (!Number.isInteger(n)) ctx.addIssue({ code: "custom", message: "金額は1円単位の整数で入力してください" });
  else if (Math.abs(n) > 999_999_999_999) ctx.addIssue({ code: "custom", message: "金額が大きすぎます" });
});

type Rule = (field: FieldDefinition) => z.ZodType;

export const VALUE_RULES: Record<FieldType, Rule> = {
  text: () => text(200),
  textarea: () => text(5000),
  number: (f) => number(f as FieldOf<"number">),
  money: () => money,
  date: () => date,
  datetime: () => datetime,
  select: (f) => choice(f as FieldOf<"select">),
  multiselect: (f) => choices(f as FieldOf<"multiselect">),
  checkbox: () => checkbox,
  email: () => email,
  tel: () => tel,
  postal: () => postal,
  url: () => url,
};
