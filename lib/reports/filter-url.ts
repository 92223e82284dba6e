import { firstParam as first, idParam, pageParam, textParam, type ParamValue } from "@/lib/http/search-params";
import { reportFilter, type ReportFilter } from "./filter";

/** 報告書一覧's whole state, as the URL holds it, so views can be bookmarked and shared. */
export type ReportListState = { filter: ReportFilter; page: number };

type Params = Record<string, ParamValue>;

const KEYS = { template: "template", customer: "customer", author: "author", from: "from", to: "to", q: "q", page: "page" } as const;

function day(value: string | undefined): string | undefined {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

/** Never throws: a hand-edited or outdated URL keeps the parts that still make sense. */
export function parseReportListState(params: Params): ReportListState {
  const parsed = reportFilter.safeParse({
    templateId: idParam(params[KEYS.template]),
    customerId: idParam(params[KEYS.customer]),
    authorId: idParam(params[KEYS.author]),
    from: day(first(params[KEYS.from])),
    to: day(first(params[KEYS.to])),
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
