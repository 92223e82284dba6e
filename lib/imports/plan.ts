import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { db, type Database } from "@/db/client";
import { customerClasses, statuses, tags, templates } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { isFeatureEnabled } from "@/lib/features/queries";
import type { FieldDefinition } from "@/lib/templates/model/definition";
import { buildValuesSchema } from "@/lib/templates/model/values";
import {
  importOptions,
  type DuplicateMode,
  type ImportOptions,
  duplicateKeyChoices,
  importTargets,
  mappingProblems,
  type AttributeTarget,
  type ImportKind,
} from "./model";

export type NamedId = { id: number; name: string };

export type ImportPlan = {
  kind: ImportKind;
  options: ImportOptions;
  headers: string[];
  template: { id: number; fields: FieldDefinition[] };
  valuesSchema: ReturnType<typeof buildValuesSchema>;
  fieldColumns: { index: number; header: string; field: FieldDefinition }[];
  attributes: Partial<Record<AttributeTarget, { index: number; header: string }>>;
  mode: DuplicateMode;
  /** The field whose value identifies a record (name or a text-like field). */
  keyField: FieldDefinition;
  /** Customers: statuses, classes and tags by lower-case name, and the default status. */
  lists: { statuses: Map<string, NamedId>; classes: Map<string, NamedId>; tags: Map<string, NamedId>; defaultStatus: NamedId | null };
};

export const listKey = (name: string) => name.trim().toLowerCase();

async function loadLists(database: Database, defaultStatusId: number | undefined): Promise<ImportPlan["lists"]> {
  const [s, c, t] = await Promise.all([
    database.select({ id: statuses.id, name: statuses.name }).from(statuses).orderBy(asc(statuses.position), asc(statuses.id)),
    database.select({ id: customerClasses.id, name: customerClasses.name }).from(customerClasses),
    database.select({ id: tags.id, name: tags.name }).from(tags),
  ]);
  const byName = (rows: NamedId[]) => new Map(rows.map((r) => [listKey(r.name), r]));
  const defaultStatus = s.find((r) => r.id === defaultStatusId) ?? s[0] ?? null;
  if (!defaultStatus)
    throw new DomainError("ステータスが登録されていません。管理者が 設定 > ステータス で追加すると顧客をインポートできるようになります。");
  return { statuses: byName(s), classes: byName(c), tags: byName(t), defaultStatus };
}

/**
 * The checked plan of an import: its template, which column goes where, and the lists
 * that names resolve against. Built when the user confirms the mapping and again at the
 * start of every run, since templates, lists and the 顧客組織 flag may change meanwhile.
 */
export async function buildPlan(kind: ImportKind, rawOptions: unknown, headers: string[], database: Database = db): Promise<ImportPlan> {
  const options = importOptions.parse(rawOptions);
  const [template] = await database
    .select({ id: templates.id, fields: templates.fields })
    .from(templates)
    .where(and(eq(templates.id, options.templateId), eq(templates.kind, kind), isNull(templates.archivedAt)));
  if (!template)
    throw new DomainError("選んだテンプレートは使用できません(アーカイブされたか削除されました)。テンプレートを選び直してください。", {
      templateId: ["テンプレートを選び直してください"],
    });

  const withOrganization = kind === "customer" && (await isFeatureEnabled("organizations"));
  const targets = importTargets(kind, template.fields, withOrganization);
  const columns = headers.map((_, i) => options.columns[i] ?? "");
  if (columns.some((c) => c === "@organization") && !withOrganization) {
    throw new DomainError("「顧客組織」機能が無効のため、所属組織の列は取り込めません。列の対応で「取り込まない」を選んでください。");
  }
  const problems = mappingProblems(columns, targets, { mode: options.duplicateMode, key: options.duplicateKey });
  if (problems.length > 0) throw new DomainError(problems.join("\n"), { columns: problems });

  const byKey = new Map(template.fields.map((f) => [f.key, f]));
  const fieldColumns: ImportPlan["fieldColumns"] = [];
  const attributes: ImportPlan["attributes"] = {};
  columns.forEach((target, index) => {
    const header = headers[index] ?? `${index + 1}列目`;
    const field = byKey.get(target);
    if (field) fieldColumns.push({ index, header, field });
    else if (target.startsWith("@")) attributes[target as AttributeTarget] = { index, header };
  });
  const keyField = byKey.get(options.duplicateMode === "create" ? "name" : options.duplicateKey);
  if (!keyField || !duplicateKeyChoices(template.fields).some((c) => c.value === keyField.key))
    throw new DomainError("重複の判定に使う項目を選び直してください。");

  return {
    kind,
    options: { ...options, columns },
    headers,
    template,
    valuesSchema: buildValuesSchema(template.fields),
    fieldColumns,
    attributes,
    mode: options.duplicateMode,
    keyField,
    lists:
      kind === "customer"
        ? await loadLists(database, options.defaultStatusId)
        : { statuses: new Map(), classes: new Map(), tags: new Map(), defaultStatus: null },
  };
}
