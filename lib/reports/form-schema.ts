import { z } from "zod";
import type { FieldDefinition } from "@/lib/templates/definition";
import { toFormValues, type FormValues } from "@/lib/templates/form-values";
import { buildValuesSchema, type StoredValues } from "@/lib/templates/values-schema";
import { toTokyoLocal } from "@/lib/tokyo-time";
import { reportAttributes } from "./inputs";

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
