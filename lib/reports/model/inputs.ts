import { z } from "zod";
import { recordId, recordVersion } from "@/lib/shared/validation/record-id";
import { parseTokyoLocal, toTokyoLocal } from "@/lib/shared/tokyo-time";
import type { FieldDefinition } from "@/lib/templates/model/definition";
import { toFormValues, type FormValues, buildValuesSchema, type StoredValues } from "@/lib/templates/model/values";

const id = recordId("報告書が見つかりません");
const version = recordVersion;

/** 日時 as a datetime-local value (Tokyo wall clock), or an instant from server code. */
export const occurredAtInput = z.union([
  z.date(),
  z
    .string({ message: "日時を入力してください" })
    .trim()
    .min(1, "日時を入力してください")
    .transform((value, ctx) => {
      const at = parseTokyoLocal(value);
      if (!at) {
        ctx.addIssue({ code: "custom", message: "日時の形式が正しくありません(例: 2026-04-01 09:30)" });
        return z.NEVER;
      }
      return at;
    }),
]);

/** The parts of a report outside its template: whose it is, when it happened, a subject line. */
export const reportAttributes = z.object({
  customerId: recordId("顧客を選択してください"),
  occurredAt: occurredAtInput,
  title: z.string().trim().max(100, "件名は100文字以内で入力してください").default(""),
});

export const createReportInput = reportAttributes.extend({
  templateId: recordId("テンプレートを選択してください"),
  values: z.record(z.string(), z.unknown()),
});

/** An edit keeps the report's template: its values were written against that form. */
export const updateReportInput = reportAttributes.extend({ id, version, values: z.record(z.string(), z.unknown()) });

export const deleteReportInput = z.object({ id, version });
export const reportIdInput = z.object({ id });
export const customerOptionsInput = z.object({ keyword: z.string().trim().max(100).default("") });

export type CreateReportInput = z.input<typeof createReportInput>;
export type UpdateReportInput = z.input<typeof updateReportInput>;

/**
 * The report form holds the template's fields under their keys and the report's own parts
 * under names starting with "_", which no field key can (keys start with a letter).
 */
export const REPORT_ATTRIBUTE_FIELDS = { customerId: "_customerId", occurredAt: "_occurredAt", title: "_title" } as const;
type AttributeName = keyof typeof REPORT_ATTRIBUTE_FIELDS;

export type ReportFormValues = FormValues & { _customerId: string; _occurredAt: string; _title: string };

export function reportAttributesOf(input: Record<string, unknown>) {
  return { customerId: input._customerId, occurredAt: input._occurredAt, title: input._title };
}

/** Browser-side check of the whole form; the server runs the same rules again. */
export function reportFormSchema(fields: readonly FieldDefinition[]) {
  const values = buildValuesSchema(fields);
  return z.record(z.string(), z.unknown()).superRefine((input, ctx) => {
    values.safeParse(input).error?.issues.forEach((issue) => ctx.addIssue({ code: "custom", path: issue.path, message: issue.message }));
    reportAttributes.safeParse(reportAttributesOf(input)).error?.issues.forEach((issue) => {
      const name = REPORT_ATTRIBUTE_FIELDS[issue.path[0] as AttributeName] ?? "_form";
      ctx.addIssue({ code: "custom", path: [name], message: issue.message });
    });
  });
}

/** Server field errors come back named as the action's input; the form names them its way. */
export function reportFormFieldName(serverName: string): string {
  return REPORT_ATTRIBUTE_FIELDS[serverName as AttributeName] ?? serverName.replace(/^values\./, "");
}

/**
 * A new report starts at this minute; its template's empty datetime fields (商談日時,
 * 来社日時) start at the same time, since they usually say the same thing.
 */
export function initialReportFormValues(
  fields: readonly FieldDefinition[],
  record?: { stored: StoredValues; customerId: number | null; occurredAt: Date; title: string },
  now: Date = new Date(),
): ReportFormValues {
  const at = toTokyoLocal(record?.occurredAt ?? now);
  const values = toFormValues(fields, record?.stored);
  for (const f of fields) {
    if (!record && f.type === "datetime" && !values[f.key]) values[f.key] = at;
    // 30,000,000 reads better than 30000000; the money rule accepts the commas back.
    const stored = record?.stored[f.key];
    if (f.type === "money" && typeof stored === "number") values[f.key] = stored.toLocaleString("ja-JP");
  }
  return { ...values, _customerId: record?.customerId ? String(record.customerId) : "", _occurredAt: at, _title: record?.title ?? "" };
}
