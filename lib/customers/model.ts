import { z } from "zod";
import { recordId, optionalRecordId, recordVersion } from "@/lib/shared/validation/record-id";
import { firstParam as first, idListParam, idParam, pageParam, textParam, type ParamValue } from "@/lib/shared/search-params";
import type { FieldDefinition } from "@/lib/templates/model/definition";
import { toFormValues, buildValuesSchema, type StoredValues } from "@/lib/templates/model/values";

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

const id = recordId("顧客が見つかりません");

/** Also a CHECK on customers.tag_ids (drizzle/), so concurrent writes cannot pass it either. */
export const MAX_TAGS_PER_CUSTOMER = 5;
export const TOO_MANY_TAGS = `タグは${MAX_TAGS_PER_CUSTOMER}個までしか付けられません`;

/** The parts of a customer outside its template: status, class, tags and the 重要 mark. */
export const customerAttributes = z.object({
  statusId: recordId("ステータスを選択してください"),
  classId: optionalRecordId("客区分を選択し直してください").default(null),
  tagIds: z
    .array(recordId("タグを選択し直してください"))
    .max(MAX_TAGS_PER_CUSTOMER, TOO_MANY_TAGS)
    .default([])
    .transform((list) => [...new Set(list)]),
  important: z
    .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false")])
    .default(false)
    .transform((v) => v === true || v === "on" || v === "true"),
  /** 所属組織: absent leaves it as stored (the form has no such field while 顧客組織 is off). */
  organizationId: optionalRecordId("所属組織を選択し直してください").optional(),
});

export const createCustomerInput = customerAttributes.extend({
  templateId: recordId("テンプレートを選択してください"),
  values: z.record(z.string(), z.unknown()),
});

export const updateCustomerInput = createCustomerInput.extend({
  id,
  version: recordVersion,
});

export const customerIdInput = z.object({ id });
export const deleteCustomerInput = z.object({ id, version: recordVersion });
export const setImportantInput = z.object({ id, important: z.boolean() });

export type CreateCustomerInput = z.input<typeof createCustomerInput>;
export type UpdateCustomerInput = z.input<typeof updateCustomerInput>;

const bulkId = recordId();

/** Either the rows the user ticked, or every match of the list's filter. */
export const bulkTarget = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("ids"),
    ids: z
      .array(bulkId)
      .min(1, "顧客を選択してください")
      .max(1000, "一度に選択できるのは1,000件までです。絞り込み結果全体を対象にしてください。"),
  }),
  z.object({ kind: z.literal("filter"), filter: customerFilter }),
]);

export const bulkOperation = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("addTag"), tagId: bulkId }),
  z.object({ kind: z.literal("removeTag"), tagId: bulkId }),
  z.object({ kind: z.literal("setStatus"), statusId: bulkId }),
  z.object({ kind: z.literal("setClass"), classId: bulkId.nullable() }),
  z.object({ kind: z.literal("setImportant"), important: z.boolean() }),
]);

export const bulkUpdateInput = z.object({ target: bulkTarget, operation: bulkOperation });

export type BulkTarget = z.infer<typeof bulkTarget>;
export type BulkOperation = z.infer<typeof bulkOperation>;
export type BulkUpdateInput = z.input<typeof bulkUpdateInput>;

/** What happened: changed rows, rows that already matched, and rows refused with a reason. */
export type BulkResult = {
  updated: number;
  unchanged: number;
  /** Customers the operation could not apply to (a sixth tag), the first 50 by name. */
  refused: { count: number; sample: { id: number; name: string }[]; reason: string } | null;
};

/**
 * The customer form holds the template's fields under their keys and the attributes under
 * names starting with "_", which no field key can (keys start with a letter).
 */
export const ATTRIBUTE_FIELDS = {
  statusId: "_statusId",
  classId: "_classId",
  tagIds: "_tagIds",
  important: "_important",
  organizationId: "_organization",
} as const;
type AttributeName = keyof typeof ATTRIBUTE_FIELDS;

/** `_organization` exists only while 顧客組織 is on: absent, the stored membership is kept. */
export type CustomerFormValues = Record<string, unknown> & {
  _statusId: string;
  _classId: string;
  _tagIds: string[];
  _important: boolean;
  _organization?: { id: number; name: string } | null;
};

/** Browser-side check of the whole form; the server runs the same rules again. */
export function customerFormSchema(fields: readonly FieldDefinition[]) {
  const values = buildValuesSchema(fields);
  return z.record(z.string(), z.unknown()).superRefine((input, ctx) => {
    const checked = [values.safeParse(input), customerAttributes.safeParse(attributesOf(input))] as const;
    checked[0].error?.issues.forEach((issue) => ctx.addIssue({ code: "custom", path: issue.path, message: issue.message }));
    checked[1].error?.issues.forEach((issue) => {
      const name = ATTRIBUTE_FIELDS[issue.path[0] as AttributeName] ?? "_form";
      ctx.addIssue({ code: "custom", path: [name], message: issue.message });
    });
  });
}

export function attributesOf(input: Record<string, unknown>) {
  return {
    statusId: input._statusId,
    classId: input._classId,
    tagIds: input._tagIds,
    important: input._important,
    organizationId: input._organization === undefined ? undefined : ((input._organization as { id: number } | null)?.id ?? null),
  };
}

/** Server field errors come back named as the action's input; the form names them its way. */
export function formFieldName(serverName: string): string {
  return ATTRIBUTE_FIELDS[serverName as AttributeName] ?? serverName.replace(/^values\./, "");
}

export function initialCustomerFormValues(
  fields: readonly FieldDefinition[],
  record?: { stored: StoredValues; statusId: number; classId: number | null; tagIds: number[]; important: boolean },
  defaultStatusId?: number,
  organization?: { id: number; name: string } | null,
): CustomerFormValues {
  return {
    ...(organization === undefined ? {} : { _organization: organization }),
    ...toFormValues(fields, record?.stored),
    _statusId: String(record?.statusId ?? defaultStatusId ?? ""),
    _classId: record?.classId ? String(record.classId) : "",
    _tagIds: (record?.tagIds ?? []).map(String),
    _important: record?.important ?? false,
  };
}

/** A stored customer's values as its template form sees them (builtin columns included). */
export function storedCustomerValues(customer: {
  name: string;
  nameKana: string;
  searchKeywords: string;
  fields: StoredValues;
}): StoredValues {
  return { ...customer.fields, name: customer.name, nameKana: customer.nameKana, searchKeywords: customer.searchKeywords };
}
