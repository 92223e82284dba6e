import { z } from "zod";
import { recordId } from "@/lib/shared/validation/record-id";
import { firstParam as first, idParam, pageParam, textParam, type ParamValue } from "@/lib/shared/search-params";

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
