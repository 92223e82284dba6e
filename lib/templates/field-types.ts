/** Every field type a template may use, in the order the editor offers them. */
export const FIELD_TYPES = [
  "text",
  "textarea",
  "number",
  "money",
  "date",
  "datetime",
  "select",
  "multiselect",
  "checkbox",
  "email",
  "tel",
  "postal",
  "url",
] as const;

export type FieldType = (typeof FIELD_TYPES)[number];

export const FIELD_TYPE_LABELS: Record<FieldType, string> = {
  text: "1行テキスト",
  textarea: "複数行テキスト",
  number: "数値",
  money: "金額",
  date: "日付",
  datetime: "日時",
  select: "選択",
  multiselect: "複数選択",
  checkbox: "チェックボックス",
  email: "メール",
  tel: "電話番号",
  postal: "郵便番号",
  url: "URL",
};

export const TEMPLATE_KINDS = ["customer", "organization", "report"] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const TEMPLATE_KIND_LABELS: Record<TemplateKind, string> = {
  customer: "顧客",
  organization: "顧客組織",
  report: "報告書",
};
