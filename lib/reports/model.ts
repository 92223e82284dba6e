import { z } from "zod";
import { recordId, recordVersion } from "@/lib/shared/validation/record-id";
import { firstParam as first, idParam, pageParam, textParam, type ParamValue } from "@/lib/shared/search-params";
import { parseTokyoLocal, toTokyoLocal } from "@/lib/shared/tokyo-time";
import type { FieldDefinition } from "@/lib/templates/model/definition";
import { toFormValues, type FormValues, buildValuesSchema, type StoredValues } from "@/lib/templates/model/values";

const optionalId = recordId().optional();
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "日付の形式が正しくありません(例: 2026-04-01)")
  .optional();

/**
 * 報告書一覧's filter: the list, its CSV export and the URL all use this one object.
 * `from` / `to` are Tokyo calendar days, both included.
 */
export const reportFilter = z.object({
  templateId: optionalId,
  customerId: optionalId,
  authorId: optionalId,
  from: day,
  to: day,
  keyword: z.string().trim().max(100, "キーワードは100文字以内で入力してください").default(""),
});

export type ReportFilter = z.infer<typeof reportFilter>;

export const EMPTY_REPORT_FILTER: ReportFilter = reportFilter.parse({});

export function isReportFilterEmpty(filter: ReportFilter): boolean {
  return !filter.templateId && !filter.customerId && !filter.authorId && !filter.from && !filter.to && !filter.keyword;
}

/** 報告書一覧's whole state, as the URL holds it, so views can be bookmarked and shared. */
export type ReportListState = { filter: ReportFilter; page: number };

type Params = Record<string, ParamValue>;

const KEYS = { template: "template", customer: "customer", author: "author", from: "from", to: "to", q: "q", page: "page" } as const;

function dayParam(value: string | undefined): string | undefined {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

/** Never throws: a hand-edited or outdated URL keeps the parts that still make sense. */
export function parseReportListState(params: Params): ReportListState {
  const parsed = reportFilter.safeParse({
    templateId: idParam(params[KEYS.template]),
    customerId: idParam(params[KEYS.customer]),
    authorId: idParam(params[KEYS.author]),
    from: dayParam(first(params[KEYS.from])),
    to: dayParam(first(params[KEYS.to])),
    keyword: textParam(params[KEYS.q]),
  });
  const filter = parsed.success ? parsed.data : reportFilter.parse({});
  return { filter, page: pageParam(params[KEYS.page]) };
}

/** The query string of a state; empty parts are left out so that URLs stay short. */
export function reportListStateToSearch(state: { filter: ReportFilter; page?: number }): string {
  const { filter, page = 1 } = state;
  const params = new URLSearchParams();
  if (filter.templateId) params.set(KEYS.template, String(filter.templateId));
  if (filter.customerId) params.set(KEYS.customer, String(filter.customerId));
  if (filter.authorId) params.set(KEYS.author, String(filter.authorId));
  if (filter.from) params.set(KEYS.from, filter.from);
  if (filter.to) params.set(KEYS.to, filter.to);
  if (filter.keyword) params.set(KEYS.q, filter.keyword);
  if (page > 1) params.set(KEYS.page, String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

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
