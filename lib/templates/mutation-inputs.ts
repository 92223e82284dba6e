import { z } from "zod";
import { recordId, recordVersion } from "@/lib/validation/record-id";
import { fieldList, templateKind, templateName } from "./definition";

const id = recordId("テンプレートが見つかりません");

export const createTemplateInput = z.object({ kind: templateKind, name: templateName });
export const updateTemplateInput = z.object({ id, version: recordVersion, name: templateName, fields: fieldList });
export const templateIdInput = z.object({ id });
export const checkValuesInput = z.object({ templateId: id, values: z.record(z.string(), z.unknown()) });

export type UpdateTemplateInput = z.input<typeof updateTemplateInput>;
