import { z } from "zod";
import { recordId } from "@/lib/shared/validation/record-id";
import { firstParam as first, idListParam, idParam, pageParam, textParam, type ParamValue } from "@/lib/shared/search-params";

const ids = z.array(recordId()).max(200).default([]);

/**
 * The one filter model (DESIGN §3): the customer list, CSV export, saved views and campaign
 * targets all take this object and hand it to the same query builder (filter-sql.ts).
 */
export const customerFilter = z.object({
  statusIds: ids,
  classIds: ids,
  tagIds: ids,
  tagMode: z.enum(["any", "all"]).default("any"),
  importantOnly: z.boolean().default(false),
  organizationId: recordId("所属組織を選択し直してください").optional(),
  keyword: z.string().trim().max(100, "キーワードは100文字以内で入力してください").default(""),
});

export type CustomerFilter = z.infer<typeof customerFilter>;

export const EMPTY_FILTER: CustomerFilter = customerFilter.parse({});

export const CUSTOMER_SORTS = ["updated", "created", "name"] as const;
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];

export const SORT_LABELS: Record<CustomerSort, string> = {
  updated: "更新日時が新しい順",
  created: "登録日時が新しい順",
  name: "フリガナ順",
};

export function isFilterEmpty(filter: CustomerFilter): boolean {
  return (
    filter.statusIds.length === 0 &&
    filter.classIds.length === 0 &&
    filter.tagIds.length === 0 &&
    !filter.importantOnly &&
    filter.organizationId === undefined &&
    filter.keyword === ""
  );
}

/** A list view's whole state: what the URL holds, so back, bookmarks and shared links work. */
export type CustomerListState = { filter: CustomerFilter; sort: CustomerSort; page: number };

type Params = Record<string, ParamValue>;

const KEYS = {
  status: "status",
  class: "class",
  tag: "tag",
  tagMode: "tagMode",
  important: "important",
  org: "org",
  q: "q",
  sort: "sort",
  page: "page",
} as const;

/** Never throws: a hand-edited or outdated URL falls back to the parts that still make sense. */
export function parseListState(params: Params): CustomerListState {
  const parsed = customerFilter.safeParse({
    statusIds: idListParam(params[KEYS.status]),
    classIds: idListParam(params[KEYS.class]),
    tagIds: idListParam(params[KEYS.tag]),
    tagMode: first(params[KEYS.tagMode]) === "all" ? "all" : "any",
    importantOnly: first(params[KEYS.important]) === "1",
    organizationId: idParam(params[KEYS.org]),
    keyword: textParam(params[KEYS.q]),
  });
  const filter = parsed.success ? parsed.data : customerFilter.parse({});
  const sortParam = first(params[KEYS.sort]);
  const sort = (CUSTOMER_SORTS as readonly string[]).includes(sortParam ?? "") ? (sortParam as CustomerSort) : "updated";
  return { filter, sort, page: pageParam(params[KEYS.page]) };
}

/** The query string of a state; defaults are left out so that URLs stay short. */
export function listStateToSearch(state: Partial<CustomerListState> & { filter: CustomerFilter }): string {
  const { filter, sort = "updated", page = 1 } = state;
  const params = new URLSearchParams();
  if (filter.statusIds.length) params.set(KEYS.status, filter.statusIds.join(","));
  if (filter.classIds.length) params.set(KEYS.class, filter.classIds.join(","));
  if (filter.tagIds.length) params.set(KEYS.tag, filter.tagIds.join(","));
  if (filter.tagIds.length && filter.tagMode === "all") params.set(KEYS.tagMode, "all");
  if (filter.importantOnly) params.set(KEYS.important, "1");
  if (filter.organizationId) params.set(KEYS.org, String(filter.organizationId));
  if (filter.keyword) params.set(KEYS.q, filter.keyword);
  if (sort !== "updated") params.set(KEYS.sort, sort);
  if (page > 1) params.set(KEYS.page, String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}
