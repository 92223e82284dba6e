import type { CsvCell } from "@/lib/csv/write";
import type { FieldDefinition } from "@/lib/templates/definition";
import type { Template } from "@/lib/templates/queries";
import type { StoredValue } from "@/lib/templates/values-schema";

export const LEADING_HEADERS = ["ID", "日時", "テンプレート", "顧客ID", "顧客名", "件名", "作成者"];
export const TRAILING_HEADERS = ["登録日時", "更新日時"];

export type FieldColumn = { header: string; field: FieldDefinition };

/**
 * One column per field key over every report template (archived ones too: their reports
 * remain), then fields since removed, so no stored value is left out. A label used twice
 * (内容 in 商談記録 and 来社履歴 under different keys) gets its template's name.
 */
export function reportFieldColumns(list: Template[]): FieldColumn[] {
  const byKey = new Map<string, FieldColumn>();
  const headers = new Set([...LEADING_HEADERS, ...TRAILING_HEADERS]);
  const add = (field: FieldDefinition, template: Template, removed: boolean) => {
    if (byKey.has(field.key)) return;
    let header = removed ? `${field.label}(削除済み)` : field.label;
    if (headers.has(header)) header = `${header}(${template.name})`;
    if (headers.has(header)) header = `${header}[${field.key}]`;
    headers.add(header);
    byKey.set(field.key, { header, field });
  };
  for (const template of list) for (const field of template.fields) add(field, template, false);
  for (const template of list) for (const field of template.retiredFields) add(field, template, true);
  return [...byKey.values()];
}

export function fieldCell(field: FieldDefinition, value: StoredValue | undefined): CsvCell {
  if (value === undefined) return "";
  if (Array.isArray(value)) return value.join("、");
  if (typeof value === "boolean") return value ? "はい" : "";
  if (typeof value === "number") return value;
  // Stored as 2026-11-25T15:30; Excel reads the spaced form as a date and time.
  return field.type === "datetime" ? value.replace("T", " ") : value;
}
