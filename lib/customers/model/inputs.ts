import { z } from "zod";
import { recordId, optionalRecordId, recordVersion } from "@/lib/shared/validation/record-id";
import { customerFilter } from "./filter";

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
