import { z } from "zod";
import { recordId } from "@/lib/validation/record-id";

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
