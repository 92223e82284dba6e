import type { FieldDefinition } from "./definition";
import type { TemplateKind } from "./field-types";

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
