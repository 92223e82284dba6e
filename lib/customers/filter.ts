import { z } from "zod";
import { recordId } from "@/lib/validation/record-id";

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
