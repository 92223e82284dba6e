import { z } from "zod";
import { recordId, recordVersion } from "@/lib/shared/validation/record-id";
import { fieldList, templateKind, templateName, BUILTIN_KEYS, builtinFields } from "./definition";
import type { FieldDefinition, TemplateKind } from "./definition";
import { fieldValueSchema } from "./values";

const id = recordId("テンプレートが見つかりません");

export const createTemplateInput = z.object({ kind: templateKind, name: templateName });
export const updateTemplateInput = z.object({ id, version: recordVersion, name: templateName, fields: fieldList });
export const templateIdInput = z.object({ id });
export const checkValuesInput = z.object({ templateId: id, values: z.record(z.string(), z.unknown()) });

export type UpdateTemplateInput = z.input<typeof updateTemplateInput>;

type Issue = { path: (string | number)[]; message: string };

/**
 * Rules that depend on the template's kind and on each field's own type: the builtin
 * fields stay (検索用キーワード always required), and a default value must be valid for its field.
 */
export function templateFieldIssues(kind: TemplateKind, fields: FieldDefinition[]): Issue[] {
  const issues: Issue[] = [];
  for (const builtin of builtinFields(kind)) {
    const index = fields.findIndex((f) => f.key === builtin.key);
    const field = fields[index];
    if (!field) {
      issues.push({ path: ["fields"], message: `「${builtin.label}」は削除できません` });
      continue;
    }
    if (field.type !== builtin.type) issues.push({ path: ["fields", index, "type"], message: `「${field.label}」の種類は変更できません` });
    if (builtin.required && !field.required)
      issues.push({ path: ["fields", index, "required"], message: `「${field.label}」は必須から外せません` });
  }
  fields.forEach((field, index) => {
    if (kind === "report" && (BUILTIN_KEYS as readonly string[]).includes(field.key) && field.builtin) {
      issues.push({ path: ["fields", index, "key"], message: "報告書テンプレートに組み込み項目はありません" });
    }
    if (field.defaultValue === undefined) return;
    const result = (fieldValueSchema({ ...field, required: false }) as z.ZodType).safeParse(field.defaultValue);
    if (!result.success)
      issues.push({ path: ["fields", index, "defaultValue"], message: `初期値: ${result.error.issues[0]?.message ?? "正しくありません"}` });
  });
  return issues;
}

/** Old definitions of fields that this edit removes, merged into those already retired. */
export function retire(before: FieldDefinition[], after: FieldDefinition[], retired: FieldDefinition[]): FieldDefinition[] {
  const kept = new Set(after.map((f) => f.key));
  const removed = before.filter((f) => !kept.has(f.key));
  const merged = new Map(retired.filter((f) => !kept.has(f.key)).map((f) => [f.key, f]));
  for (const field of removed) merged.set(field.key, field);
  return [...merged.values()];
}
