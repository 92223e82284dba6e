import "server-only";
import { isBuiltinKey } from "@/lib/templates/model/definition";
import type { FieldDefinition } from "@/lib/templates/model/definition";
import type { Template } from "@/lib/templates/queries";
import type { StoredValue } from "@/lib/templates/model/values";
import type { CsvCell } from "./write";

export type FieldColumn = { header: string; field: FieldDefinition };

/**
 * One column per field key over every template of a kind (archived ones too, since their
 * records remain), then fields since removed, so no stored value is left out. A label used
 * twice (or equal to a fixed header) gets its template's name, so headers stay unique for
 * spreadsheet lookups.
 */
export function fieldColumns(list: Template[], fixedHeaders: readonly string[]): FieldColumn[] {
  const byKey = new Map<string, FieldColumn>();
  const headers = new Set(fixedHeaders);
  const add = (field: FieldDefinition, template: Template, removed: boolean) => {
    if (isBuiltinKey(field.key) || byKey.has(field.key)) return;
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
  // 2026-11-25T15:30 as stored; Excel reads the spaced form as a date and time.
  return field.type === "datetime" ? value.replace("T", " ") : value;
}
