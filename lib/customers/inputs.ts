import { z } from "zod";
import { MAX_TAGS_PER_CUSTOMER } from "@/db/schema/customers";

const id = z.coerce.number().int().positive();

export const TOO_MANY_TAGS = `タグは${MAX_TAGS_PER_CUSTOMER}個までしか付けられません`;

/** The parts of a customer outside its template: status, class, tags and the 重要 mark. */
export const customerAttributes = z.object({
  statusId: z.coerce.number({ message: "ステータスを選択してください" }).int().positive("ステータスを選択してください"),
  classId: z
    .union([z.literal(""), z.null(), z.undefined(), z.coerce.number().int().positive()])
    .transform((v) => (typeof v === "number" ? v : null)),
  tagIds: z
    .array(id)
    .max(MAX_TAGS_PER_CUSTOMER, TOO_MANY_TAGS)
    .default([])
    .transform((list) => [...new Set(list)]),
  important: z.union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false")]).default(false).transform((v) => v === true || v === "on" || v === "true"),
  /** 所属組織: absent leaves it as stored (the form has no such field while 顧客組織 is off). */
  organizationId: z
    .union([z.literal(""), z.null(), z.coerce.number().int().positive()])
    .transform((v) => (typeof v === "number" ? v : null))
    .optional(),
});

export const createCustomerInput = customerAttributes.extend({
  templateId: id,
  values: z.record(z.string(), z.unknown()),
});

export const updateCustomerInput = createCustomerInput.extend({
  id,
  version: z.coerce.number().int().positive(),
});

export const customerIdInput = z.object({ id });
export const deleteCustomerInput = z.object({ id, version: z.coerce.number().int().positive() });
export const setImportantInput = z.object({ id, important: z.boolean() });

export type CreateCustomerInput = z.input<typeof createCustomerInput>;
export type UpdateCustomerInput = z.input<typeof updateCustomerInput>;
