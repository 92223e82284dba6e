import { formatYen } from "@/lib/shared/money";
import type { FieldDefinition } from "./definition";
import type { StoredValue, StoredValues } from "./values";

export type DisplayedValue = { key: string; label: string; text: string; removed: boolean };

function format(field: FieldDefinition | undefined, value: StoredValue): string {
  if (typeof value === "boolean") return value ? "はい" : "いいえ";
  if (Array.isArray(value)) return value.join("、");
  if (field?.type === "money" && typeof value === "number") return formatYen(value);
  if (field?.type === "datetime" && typeof value === "string") return value.replace("T", " ");
  return String(value);
}

/**
 * A record's values in template order, then the values of fields the template no longer
 * has, under their old label and marked removed: nothing stored is ever hidden.
 */
export function displayValues(
  template: { fields: FieldDefinition[]; retiredFields: FieldDefinition[] },
  stored: StoredValues,
): DisplayedValue[] {
  const current = template.fields
    .filter((f) => stored[f.key] !== undefined)
    .map((f) => ({ key: f.key, label: f.label, text: format(f, stored[f.key]!), removed: false }));
  const known = new Set(template.fields.map((f) => f.key));
  const retired = new Map(template.retiredFields.map((f) => [f.key, f]));
  const removed = Object.entries(stored)
    .filter(([key]) => !known.has(key))
    .map(([key, value]) => ({ key, label: retired.get(key)?.label ?? key, text: format(retired.get(key), value), removed: true }));
  return [...current, ...removed];
}
