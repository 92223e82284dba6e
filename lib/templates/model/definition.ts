import { z } from "zod";

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

/** Fields every customer and organization template has; they map to real columns. */
export const BUILTIN_KEYS = ["name", "nameKana", "searchKeywords"] as const;
export type BuiltinKey = (typeof BUILTIN_KEYS)[number];

export function builtinFields(kind: TemplateKind): FieldDefinition[] {
  if (kind === "report") return [];
  return [
    { key: "name", builtin: true, type: "text", label: kind === "customer" ? "氏名" : "組織名", required: true },
    {
      key: "nameKana",
      builtin: true,
      type: "text",
      label: "フリガナ",
      required: false,
      helpText: "カタカナまたはひらがなで入力してください",
    },
    {
      key: "searchKeywords",
      builtin: true,
      type: "textarea",
      label: "検索用キーワード",
      required: true,
      helpText: "検索で見つけたい言葉(旧姓、会社名、地名など)をスペース区切りで入力します",
    },
  ];
}

export function isBuiltinKey(key: string): key is BuiltinKey {
  return (BUILTIN_KEYS as readonly string[]).includes(key);
}

/** Generated once per field and never changed: stored values are keyed by it. */
export const fieldKey = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/, "項目キーの形式が正しくありません");

const base = {
  key: fieldKey,
  label: z.string().trim().min(1, "項目名を入力してください").max(50, "項目名は50文字以内で入力してください"),
  required: z.boolean(),
  helpText: z.string().trim().max(200, "説明は200文字以内で入力してください").optional(),
  builtin: z.boolean().optional(),
};

const options = z
  .array(z.string().trim().min(1, "空の選択肢があります").max(50, "選択肢は50文字以内で入力してください"))
  .min(1, "選択肢を1つ以上入力してください")
  .max(100, "選択肢は100個までです")
  .refine((list) => new Set(list).size === list.length, "同じ選択肢が重複しています");

const stringDefault = { defaultValue: z.string().optional() };

export const fieldDefinition = z.discriminatedUnion("type", [
  z.object({ ...base, type: z.literal("text"), ...stringDefault }),
  z.object({ ...base, type: z.literal("textarea"), ...stringDefault }),
  z.object({
    ...base,
    type: z.literal("number"),
    defaultValue: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  }),
  z.object({ ...base, type: z.literal("money"), defaultValue: z.number().int().optional() }),
  z.object({ ...base, type: z.literal("date"), ...stringDefault }),
  z.object({ ...base, type: z.literal("datetime"), ...stringDefault }),
  z.object({ ...base, type: z.literal("select"), options, ...stringDefault }),
  z.object({ ...base, type: z.literal("multiselect"), options, defaultValue: z.array(z.string()).optional() }),
  z.object({ ...base, type: z.literal("checkbox"), defaultValue: z.boolean().optional() }),
  z.object({ ...base, type: z.literal("email"), ...stringDefault }),
  z.object({ ...base, type: z.literal("tel"), ...stringDefault }),
  z.object({ ...base, type: z.literal("postal"), ...stringDefault }),
  z.object({ ...base, type: z.literal("url"), ...stringDefault }),
]);

export type FieldDefinition = z.infer<typeof fieldDefinition>;
export type FieldOf<T extends FieldDefinition["type"]> = Extract<FieldDefinition, { type: T }>;

export const templateKind = z.enum(TEMPLATE_KINDS, { message: "テンプレートの種類を選択してください" });
export const templateName = z
  .string()
  .trim()
  .min(1, "テンプレート名を入力してください")
  .max(50, "テンプレート名は50文字以内で入力してください");

/** The whole field list of a template, with the rules that span fields. */
export const fieldList = z
  .array(fieldDefinition)
  .max(100, "項目は100個までです")
  .superRefine((fields, ctx) => {
    const seenKeys = new Set<string>();
    const seenLabels = new Map<string, number>();
    fields.forEach((field, index) => {
      if (seenKeys.has(field.key)) ctx.addIssue({ code: "custom", path: [index, "key"], message: "項目キーが重複しています" });
      seenKeys.add(field.key);
      const first = seenLabels.get(field.label);
      if (first !== undefined)
        ctx.addIssue({ code: "custom", path: [index, "label"], message: `「${field.label}」は${first + 1}番目の項目と同じ名前です` });
      else seenLabels.set(field.label, index);
      if (field.builtin && !isBuiltinKey(field.key))
        ctx.addIssue({ code: "custom", path: [index, "key"], message: "組み込み項目ではありません" });
    });
  });
