import type { FieldDefinition } from "./definition";
import type { StoredValue, StoredValues } from "./values-schema";

/** What a form control holds: text for inputs, a list for 複数選択, a flag for checkboxes. */
export type FormValue = string | string[] | boolean;
export type FormValues = Record<string, FormValue>;

/**
 * Turns stored values (or the template's defaults, for a new record) into form values.
 * A value stored under an older type of the field is shown as it is, and the field's
 * current rule applies when the record is saved again: stored data is never rewritten here.
 */
export function toFormValues(fields: readonly FieldDefinition[], stored?: StoredValues): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const value: StoredValue | undefined = stored ? stored[field.key] : field.defaultValue;
    values[field.key] = asFormValue(field, value);
  }
  return values;
}

function asFormValue(field: FieldDefinition, value: StoredValue | undefined): FormValue {
  switch (field.type) {
    case "checkbox":
      return value === true || value === "true";
    case "multiselect":
      if (Array.isArray(value)) return value;
      return value === undefined || value === "" ? [] : [String(value)];
    default:
      if (value === undefined) return "";
      return Array.isArray(value) ? value.join("、") : String(value);
  }
}

/** Values whose field is no longer in the template: kept, and shown read-only. */
export function removedValues(fields: readonly FieldDefinition[], stored: StoredValues): [string, StoredValue][] {
  const current = new Set(fields.map((f) => f.key));
  return Object.entries(stored).filter(([key]) => !current.has(key));
}
