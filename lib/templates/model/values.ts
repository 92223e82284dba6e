import { z } from "zod";
import type { FieldDefinition, FieldOf, FieldType } from "./definition";

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

/** A value as stored in the JSONB column (or a builtin column). */
export type StoredValue = string | number | boolean | string[];
export type StoredValues = Record<string, StoredValue>;

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

function requiredMessage(field: FieldDefinition): string {
  if (field.type === "select" || field.type === "multiselect") return `${field.label}を選択してください`;
  if (field.type === "checkbox") return `${field.label}にチェックを入れてください`;
  return `${field.label}は必須です`;
}

/**
 * One field: empty becomes absent (or a required-field error), anything else must pass
 * the type's rule. Whatever arrives (a wrong type, an object, null) ends in a value or a
 * field error; it never throws.
 */
export function fieldValueSchema(field: FieldDefinition): z.ZodType<StoredValue | null> {
  const rule = VALUE_RULES[field.type](field);
  return z.unknown().transform((value, ctx): StoredValue | null => {
    const empty = isEmpty(value) || (field.type === "checkbox" && field.required && value === false);
    if (empty) {
      if (field.required) ctx.addIssue({ code: "custom", message: requiredMessage(field) });
      return null; // zod objects refuse an undefined output; null means "absent" until the end
    }
    const result = rule.safeParse(value);
    if (!result.success) {
      const issue = result.error.issues[0];
      // A value of the wrong kind (an object, a number for a date…) has no message of ours.
      const wrongKind = !issue || issue.code === "invalid_type" || issue.code === "invalid_union";
      ctx.addIssue({ code: "custom", message: wrongKind ? "値の形式が正しくありません" : issue.message });
      return z.NEVER;
    }
    return result.data as StoredValue;
  });
}

/**
 * The schema of a template's values: used by react-hook-form in the browser and again by
 * the server action. Keys of removed fields are not part of it; the caller keeps them.
 */
export function buildValuesSchema(fields: readonly FieldDefinition[]) {
  const shape: Record<string, z.ZodType<StoredValue | null>> = {};
  for (const field of fields) shape[field.key] = fieldValueSchema(field);
  return (
    z
      .record(z.string(), z.unknown())
      .catch({})
      // Every field present (null when missing), so that a missing required value is reported.
      .transform((input): Record<string, unknown> => Object.fromEntries(fields.map((f) => [f.key, input[f.key] ?? null])))
      .pipe(z.object(shape))
      .transform((values) => {
        const stored: StoredValues = {};
        for (const [key, value] of Object.entries(values)) if (value !== null) stored[key] = value as StoredValue;
        return stored;
      })
  );
}

/** What a form control holds: text for inputs, a list for 複数選択, a flag for checkboxes. */
export type FormValue = string | string[] | boolean;
export type FormValues = Record<string, FormValue>;

/**
 * Turns stored values (or the template's defaults, for a new record) into form values.
 * A value stored under an older type of the field is shown as it is, and the field's
 * current rule applies when the record is saved again: stored data is never rewritten here.
 */
export function toFormValues(fields: readonly FieldDefinition[], stored?: StoredValues): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const value: StoredValue | undefined = stored ? stored[field.key] : field.defaultValue;
    values[field.key] = asFormValue(field, value);
  }
  return values;
}

function asFormValue(field: FieldDefinition, value: StoredValue | undefined): FormValue {
  switch (field.type) {
    case "checkbox":
      return value === true || value === "true";
    case "multiselect":
      if (Array.isArray(value)) return value;
      return value === undefined || value === "" ? [] : [String(value)];
    default:
      if (value === undefined) return "";
      return Array.isArray(value) ? value.join("、") : String(value);
  }
}

/** Values whose field is no longer in the template: kept, and shown read-only. */
export function removedValues(fields: readonly FieldDefinition[], stored: StoredValues): [string, StoredValue][] {
  const current = new Set(fields.map((f) => f.key));
  return Object.entries(stored).filter(([key]) => !current.has(key));
}
