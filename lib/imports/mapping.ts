import type { FieldDefinition } from "@/lib/templates/definition";

// Shared by the browser (the mapping step) and the server (which checks it again).

export const IMPORT_KINDS = ["organization", "customer"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_KIND_LABELS: Record<ImportKind, string> = { organization: "顧客組織", customer: "顧客" };

/** Customer attributes outside the template; "@" cannot start a field key. */
export const ATTRIBUTE_TARGETS = {
  status: "@status",
  class: "@class",
  tags: "@tags",
  important: "@important",
  organization: "@organization",
} as const;
export type AttributeTarget = (typeof ATTRIBUTE_TARGETS)[keyof typeof ATTRIBUTE_TARGETS];

export type ImportTarget = { value: string; label: string; required: boolean; hint?: string };

const ATTRIBUTE_LABELS: Record<AttributeTarget, { label: string; hint: string }> = {
  "@status": { label: "ステータス", hint: "名前で指定(空欄は既定のステータス)" },
  "@class": { label: "客区分", hint: "名前で指定" },
  "@tags": { label: "タグ", hint: "名前を ; で区切って5個まで" },
  "@important": { label: "重要顧客", hint: "1 / はい / ★ で重要" },
  "@organization": { label: "所属組織", hint: "顧客組織の名前で指定" },
};

/** Everything a CSV column can be imported into, in the form's order. */
export function importTargets(kind: ImportKind, fields: readonly FieldDefinition[], withOrganization: boolean): ImportTarget[] {
  const targets: ImportTarget[] = fields.map((f) => ({ value: f.key, label: f.label, required: f.required, hint: f.helpText }));
  if (kind === "customer") {
    const attributes: AttributeTarget[] = ["@status", "@class", "@tags", "@important"];
    if (withOrganization) attributes.push("@organization");
    for (const value of attributes) targets.push({ value, ...ATTRIBUTE_LABELS[value], required: false });
  }
  return targets;
}

/** Field types that can identify a record for duplicate handling (besides the name). */
const KEY_TYPES = new Set<FieldDefinition["type"]>(["text", "email", "tel", "postal", "url"]);

export function duplicateKeyChoices(fields: readonly FieldDefinition[]): { value: string; label: string }[] {
  return fields.filter((f) => f.key === "name" || (!f.builtin && KEY_TYPES.has(f.type))).map((f) => ({ value: f.key, label: f.label }));
}

/** Header words people use for each target, beyond the template's own labels. */
const ALIASES: Record<ImportKind, Record<string, string[]>> = {
  organization: {
    name: ["組織名", "会社名", "法人名", "社名", "名称", "名前", "取引先名"],
    nameKana: ["フリガナ", "ふりがな", "カナ", "よみがな", "ヨミガナ", "読み", "ヨミ", "組織名カナ", "会社名カナ"],
    searchKeywords: ["検索用キーワード", "検索キーワード", "キーワード"],
  },
  customer: {
    name: ["氏名", "名前", "お名前", "顧客名", "姓名"],
    nameKana: ["フリガナ", "ふりがな", "カナ", "よみがな", "ヨミガナ", "読み", "ヨミ", "氏名カナ"],
    searchKeywords: ["検索用キーワード", "検索キーワード", "キーワード"],
    "@status": ["ステータス", "状態"],
    "@class": ["客区分", "顧客区分", "区分", "ランク"],
    "@tags": ["タグ"],
    "@important": ["重要", "重要顧客", "重要マーク"],
    "@organization": ["所属組織", "組織", "組織名", "会社名", "会社", "法人名", "取引先"],
  },
};

/** 「 検索 キーワード（必須）」 and 「検索キーワード」 compare equal. */
export function normalizeHeader(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[(\[【].*?[)\]】]/g, "")
    .replace(/[\s_・:：*＊\-]/g, "");
}

/**
 * The target of each column, matched by the template's labels first, then by common header
 * words; each target is taken by the first column that matches it. "" leaves a column out.
 */
export function autoMapping(kind: ImportKind, headers: readonly string[], targets: readonly ImportTarget[]): string[] {
  const byWord = new Map<string, string>();
  for (const t of targets) if (!byWord.has(normalizeHeader(t.label))) byWord.set(normalizeHeader(t.label), t.value);
  const available = new Set(targets.map((t) => t.value));
  for (const [target, words] of Object.entries(ALIASES[kind])) {
    if (!available.has(target)) continue;
    for (const word of words) if (!byWord.has(normalizeHeader(word))) byWord.set(normalizeHeader(word), target);
  }
  const taken = new Set<string>();
  return headers.map((header) => {
    const target = byWord.get(normalizeHeader(header));
    if (!target || taken.has(target)) return "";
    taken.add(target);
    return target;
  });
}

/** What is wrong with a mapping, in Japanese; an empty list means it can be used. */
export function mappingProblems(
  columns: readonly string[],
  targets: readonly ImportTarget[],
  duplicate: { mode: string; key: string },
): string[] {
  const problems: string[] = [];
  const known = new Map(targets.map((t) => [t.value, t]));
  const used = new Map<string, number>();
  columns.forEach((target, index) => {
    if (!target) return;
    const found = known.get(target);
    if (!found) problems.push(`${index + 1}列目の取り込み先が選択肢にありません。選び直してください。`);
    else if (used.has(target))
      problems.push(`「${found.label}」に2つの列(${used.get(target)! + 1}列目と${index + 1}列目)が選ばれています。`);
    else used.set(target, index);
  });
  for (const t of targets) if (t.required && !used.has(t.value)) problems.push(`必須項目「${t.label}」に対応する列を選んでください。`);
  if (duplicate.mode !== "create" && !used.has(duplicate.key)) {
    problems.push(`重複の判定に使う「${known.get(duplicate.key)?.label ?? duplicate.key}」に対応する列を選んでください。`);
  }
  return problems;
}
