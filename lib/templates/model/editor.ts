import type { FieldDefinition, FieldType } from "./definition";

/** A field as the template editor's inputs hold it: text boxes for lists and defaults. */
export type EditorField = {
  key: string;
  builtin: boolean;
  type: FieldType;
  label: string;
  required: boolean;
  helpText: string;
  optionsText: string;
  defaultText: string;
  defaultChecked: boolean;
  min: string;
  max: string;
};

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

export function toEditorField(field: FieldDefinition): EditorField {
  const d = field.defaultValue;
  return {
    key: field.key,
    builtin: field.builtin ?? false,
    type: field.type,
    label: field.label,
    required: field.required,
    helpText: field.helpText ?? "",
    optionsText: "options" in field ? field.options.join("\n") : "",
    defaultText: Array.isArray(d) ? d.join("\n") : typeof d === "boolean" || d === undefined ? "" : String(d),
    defaultChecked: d === true,
    min: "min" in field && field.min !== undefined ? String(field.min) : "",
    max: "max" in field && field.max !== undefined ? String(field.max) : "",
  };
}

const numberOrText = (text: string): number | string => {
  const n = Number(text.normalize("NFKC").replace(/[,¥円\s]/g, ""));
  return text.trim() !== "" && Number.isFinite(n) ? n : text;
};

/**
 * Back to a definition, keeping only what the type uses. Values that do not fit (a default
 * "abc" for a number) are passed on as typed, for the server to refuse with a message.
 */
export function fromEditorField(e: EditorField): FieldDefinition {
  const base = {
    key: e.key,
    label: e.label,
    required: e.required,
    ...(e.builtin ? { builtin: true } : {}),
    ...(e.helpText.trim() ? { helpText: e.helpText.trim() } : {}),
  };
  const text = e.defaultText.trim();
  switch (e.type) {
    case "checkbox":
      return { ...base, type: e.type, ...(e.defaultChecked ? { defaultValue: true } : {}) };
    case "select":
      return { ...base, type: e.type, options: lines(e.optionsText), ...(text ? { defaultValue: text } : {}) };
    case "multiselect":
      return { ...base, type: e.type, options: lines(e.optionsText), ...(text ? { defaultValue: lines(e.defaultText) } : {}) };
    case "number":
      return {
        ...base,
        type: e.type,
        ...(text ? { defaultValue: numberOrText(text) as number } : {}),
        ...(e.min.trim() ? { min: numberOrText(e.min) as number } : {}),
        ...(e.max.trim() ? { max: numberOrText(e.max) as number } : {}),
      };
    case "money":
      return { ...base, type: e.type, ...(text ? { defaultValue: numberOrText(text) as number } : {}) };
    default:
      return { ...base, type: e.type, ...(text ? { defaultValue: text } : {}) };
  }
}

/** Server error paths name definition properties; the editor's inputs have these names. */
export function editorErrorPath(path: string): string {
  return path
    .replace(/\.options$/, ".optionsText")
    .replace(/\.defaultValue$/, ".defaultText")
    .replace(/\.options\.\d+$/, ".optionsText");
}

export function newEditorField(): EditorField {
  return {
    key: `f_${Math.random().toString(36).slice(2, 10)}`,
    builtin: false,
    type: "text",
    label: "",
    required: false,
    helpText: "",
    optionsText: "",
    defaultText: "",
    defaultChecked: false,
    min: "",
    max: "",
  };
}
