import "server-only";
import { MAX_TAGS_PER_CUSTOMER } from "@/lib/customers/model/inputs";
import type { FieldDefinition } from "@/lib/templates/model/definition";
import type { StoredValues } from "@/lib/templates/model/values";
import type { CsvRecord } from "./csv-records";
import { listKey, type ImportPlan } from "./plan";

export type RowError = { row: number; column: string | null; message: string };

/** Customer attributes of a row; undefined means "column not mapped: keep or default". */
export type RowAttributes = {
  statusId?: number;
  classId?: number | null;
  tagIds?: number[];
  important?: boolean;
  organizationName?: string | null;
};

/** A row whose cells passed the template's rules: ready for duplicate handling. */
export type EvaluatedRow = { row: number; stored: StoredValues; key: string | null; attributes: RowAttributes };

const TRUE_WORDS = new Set(["1", "true", "yes", "y", "on", "はい", "○", "◯", "〇", "✓", "✔", "★", "☆", "重要", "済"]);
const FALSE_WORDS = new Set(["", "0", "false", "no", "n", "off", "いいえ", "×", "-", "―", "ー"]);

function flag(cell: string): boolean | null {
  const word = cell.normalize("NFKC").trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return null;
}

const splitList = (cell: string, separators: RegExp) =>
  cell
    .split(separators)
    .map((s) => s.trim())
    .filter(Boolean);

/** A cell as the template's value rules take it (they accept what a form sends). */
function cellValue(field: FieldDefinition, cell: string): unknown {
  if (field.type === "multiselect") return splitList(cell, /[;；、,，\n]/);
  if (field.type === "checkbox") return flag(cell) ?? cell;
  return cell;
}

function fieldMessage(field: FieldDefinition, message: string): string {
  if (field.type === "checkbox" && message === "値の形式が正しくありません")
    return `${field.label}は 1 / 0(または はい / いいえ)で入力してください`;
  return message.includes(field.label) ? message : `${field.label}: ${message}`;
}

function attributes(plan: ImportPlan, cells: string[], row: number, errors: RowError[]): RowAttributes {
  const result: RowAttributes = {};
  const a = plan.attributes;
  const cell = (index: number) => (cells[index] ?? "").trim();
  const fail = (column: string, message: string) => errors.push({ row, column, message });
  if (a["@status"]) {
    const name = cell(a["@status"].index);
    const found = plan.lists.statuses.get(listKey(name));
    if (name && !found) fail(a["@status"].header, `ステータス「${name}」は登録されていません(設定 > ステータス で確認してください)`);
    if (found) result.statusId = found.id;
  }
  if (a["@class"]) {
    const name = cell(a["@class"].index);
    const found = plan.lists.classes.get(listKey(name));
    if (name && !found) fail(a["@class"].header, `客区分「${name}」は登録されていません(設定 > 客区分 で確認してください)`);
    result.classId = found?.id ?? null;
  }
  if (a["@tags"]) {
    const names = [...new Set(splitList(cell(a["@tags"].index), /[;；]/))];
    const unknown = names.filter((n) => !plan.lists.tags.has(listKey(n)));
    const ids = [...new Set(names.flatMap((n) => plan.lists.tags.get(listKey(n))?.id ?? []))];
    if (unknown.length > 0)
      fail(a["@tags"].header, `タグ${unknown.map((n) => `「${n}」`).join("")}は登録されていません(設定 > タグ で確認してください)`);
    else if (ids.length > MAX_TAGS_PER_CUSTOMER)
      fail(a["@tags"].header, `タグは${MAX_TAGS_PER_CUSTOMER}個までしか付けられません(${ids.length}個指定されています)`);
    result.tagIds = ids;
  }
  if (a["@important"]) {
    const value = flag(cell(a["@important"].index));
    if (value === null) fail(a["@important"].header, "重要顧客は 1 / 0(または はい / いいえ)で入力してください");
    result.important = value ?? false;
  }
  if (a["@organization"]) result.organizationName = cell(a["@organization"].index) || null;
  return result;
}

/**
 * One CSV record through the template's own values schema (the same rules as the form),
 * plus the customer attributes by name. Null for a blank line, which is left out silently.
 */
export function evaluateRow(plan: ImportPlan, record: CsvRecord): { ok: EvaluatedRow } | { errors: RowError[] } | null {
  const { row, cells } = record;
  if (cells.every((c) => c.trim() === "")) return null;
  const errors: RowError[] = [];
  const extra = cells.slice(plan.headers.length).filter((c) => c.trim() !== "");
  if (extra.length > 0) {
    errors.push({
      row,
      column: null,
      message: `値の数(${cells.length})が見出しの列の数(${plan.headers.length})より多くなっています。値の中のカンマ(,)は値全体を "" で囲んでください`,
    });
  }
  const values: Record<string, unknown> = {};
  for (const { index, field } of plan.fieldColumns) values[field.key] = cellValue(field, cells[index] ?? "");
  const parsed = plan.valuesSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const column = plan.fieldColumns.find((c) => c.field.key === issue.path[0]);
      errors.push({ row, column: column?.header ?? null, message: column ? fieldMessage(column.field, issue.message) : issue.message });
    }
  }
  const attrs = plan.kind === "customer" ? attributes(plan, cells, row, errors) : {};
  if (errors.length > 0 || !parsed.success) return { errors };
  const keyValue = parsed.data[plan.keyField.key];
  return { ok: { row, stored: parsed.data, key: keyValue === undefined || keyValue === "" ? null : String(keyValue), attributes: attrs } };
}
