import { z } from "zod";

const id = z.coerce.number().int().positive();

export const createOrganizationInput = z.object({ templateId: id, values: z.record(z.string(), z.unknown()) });
export const updateOrganizationInput = createOrganizationInput.extend({ id, version: z.coerce.number().int().positive() });
export const deleteOrganizationInput = z.object({ id, version: z.coerce.number().int().positive() });
export const organizationIdInput = z.object({ id });
export const organizationSearchInput = z.object({
  keyword: z.string().trim().max(100, "キーワードは100文字以内で入力してください").default(""),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
export const organizationOptionsInput = z.object({ keyword: z.string().trim().max(100).default("") });

export type CreateOrganizationInput = z.input<typeof createOrganizationInput>;
export type UpdateOrganizationInput = z.input<typeof updateOrganizationInput>;
