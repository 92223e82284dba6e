import { z } from "zod";
import { fieldList, templateKind, templateName } from "./definition";

const id = z.coerce.number().int().positive();

export const createTemplateInput = z.object({ kind: templateKind, name: templateName });
export const updateTemplateInput = z.object({ id, version: z.coerce.number().int().positive(), name: templateName, fields: fieldList });
export const templateIdInput = z.object({ id });
export const checkValuesInput = z.object({ templateId: id, values: z.record(z.string(), z.unknown()) });

export type UpdateTemplateInput = z.input<typeof updateTemplateInput>;
