import { z } from "zod";
import { optionalRecordId, recordId, recordVersion } from "@/lib/validation/record-id";
import { MAX_TAGS_PER_CUSTOMER } from "@/db/schema/customers";

const id = recordId("顧客が見つかりません");

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
