import { reportFilter, type ReportFilter } from "./filter";

/** 報告書一覧's whole state, as the URL holds it, so views can be bookmarked and shared. */
export type ReportListState = { filter: ReportFilter; page: number };

type Params = Record<string, string | string[] | undefined>;

const KEYS = { template: "template", customer: "customer", author: "author", from: "from", to: "to", q: "q", page: "page" } as const;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function positive(value: string | undefined): number | undefined {
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

function day(value: string | undefined): string | undefined {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

/** Never throws: a hand-edited or outdated URL keeps the parts that still make sense. */
export function parseReportListState(params: Params): ReportListState {
  const parsed = reportFilter.safeParse({
    templateId: positive(first(params[KEYS.template])),
    customerId: positive(first(params[KEYS.customer])),
    authorId: positive(first(params[KEYS.author])),
    from: day(first(params[KEYS.from])),
    to: day(first(params[KEYS.to])),
    keyword: (first(params[KEYS.q]) ?? "").slice(0, 100),
  });
  const filter = parsed.success ? parsed.data : reportFilter.parse({});
  const page = Math.max(1, Math.min(100_000, Math.floor(Number(first(params[KEYS.page])) || 1)));
  return { filter, page };
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
