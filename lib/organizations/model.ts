import { z } from "zod";
import { pageNumber } from "@/lib/shared/validation/page-number";
import { recordId, recordVersion } from "@/lib/shared/validation/record-id";

const id = recordId("顧客組織が見つかりません");

export const createOrganizationInput = z.object({
  templateId: recordId("テンプレートを選択してください"),
  values: z.record(z.string(), z.unknown()),
});
export const updateOrganizationInput = createOrganizationInput.extend({ id, version: recordVersion });
export const deleteOrganizationInput = z.object({ id, version: recordVersion });
export const organizationIdInput = z.object({ id });
export const organizationSearchInput = z.object({
  keyword: z.string().trim().max(100, "キーワードは100文字以内で入力してください").default(""),
  page: pageNumber,
});
export const organizationOptionsInput = z.object({ keyword: z.string().trim().max(100).default("") });

export type CreateOrganizationInput = z.input<typeof createOrganizationInput>;
export type UpdateOrganizationInput = z.input<typeof updateOrganizationInput>;
