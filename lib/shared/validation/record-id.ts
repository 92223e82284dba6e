import { z } from "zod";
import "./japanese-zod";

/** Every id column is a PostgreSQL integer (int4): a larger number can only fail inside the database. */
export const INT4_MAX = 2_147_483_647;

/**
 * An id from a form, a URL or JSON: a number, or a string of digits (full-width digits are
 * read as digits). Not a boolean (`Number(true)` is 1, which once named user 1), not "1e3",
 * not a fraction, not 0 and not beyond int4. Undefined when it is not an id.
 */
export function toRecordId(value: unknown): number | undefined {
  let n = Number.NaN;
  if (typeof value === "number") n = value;
  else if (typeof value === "string") {
    const digits = value.normalize("NFKC").trim();
    if (/^\d{1,10}$/.test(digits)) n = Number(digits);
  }
  return Number.isInteger(n) && n > 0 && n <= INT4_MAX ? n : undefined;
}

function idOrIssue(value: unknown, ctx: z.RefinementCtx, message: string): number {
  const id = toRecordId(value);
  if (id !== undefined) return id;
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
}

/** The one id schema of every action, route and URL parser; the message names what is missing. */
export function recordId(message = "指定されたIDが正しくありません") {
  return z.unknown().transform((value, ctx) => idOrIssue(value, ctx, message));
}

/** An edit's `version` (int4 as well): a stale or forged one must be refused, never fail in SQL. */
export const recordVersion = recordId("編集の版が正しくありません。ページを再読み込みしてください");

/**
 * An optional id from a select: "" or null mean none. Add `.default(null)` where an absent
 * key means none too, or `.optional()` where it means "leave as stored" (zod refuses an
 * absent key whose transform would give a value).
 */
export function optionalRecordId(message = "選択し直してください") {
  return z
    .unknown()
    .transform((value, ctx) => (value === "" || value === null || value === undefined ? null : idOrIssue(value, ctx, message)));
}
