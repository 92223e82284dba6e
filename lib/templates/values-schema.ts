import { z } from "zod";
import type { FieldDefinition } from "./definition";
import { VALUE_RULES } from "./value-rules";

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
