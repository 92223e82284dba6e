import "server-only";
import { organizationColumns } from "@/lib/organizations/mutations";
import { searchColumns } from "@/lib/search/search-columns";
import type { FieldDefinition } from "@/lib/templates/model/definition";
import type { StoredValues } from "@/lib/templates/model/values";
import type { ExistingRecord } from "./existing";
import type { ImportPlan } from "./plan";
import type { EvaluatedRow } from "./rows";
import type { StagedRecord } from "./stage";

/** What a row is merged over: the stored record it updates, or a row staged before it. */
type Base = Omit<ExistingRecord, "id" | "version" | "key"> | StagedRecord;

/** The same split as the customer form's save: builtins to columns, the rest to JSONB. */
function customerColumns(stored: StoredValues, templateFields: readonly FieldDefinition[], kept: StoredValues) {
  const { name, nameKana, searchKeywords, ...rest } = stored;
  const fields: StoredValues = { ...kept, ...rest };
  const columns = { name: String(name ?? ""), nameKana: String(nameKana ?? ""), searchKeywords: String(searchKeywords ?? "") };
  return { ...columns, fields, ...searchColumns({ ...columns, fields, templateFields }) };
}

type Placement = Pick<StagedRecord, "action" | "target_id" | "target_version">;

/**
 * A row's final record. Mapped columns take the file's values (an empty cell empties the
 * field); everything the file does not map keeps the base's value, so an update never
 * loses a field the CSV did not mention. The search columns are derived here, as every
 * other write path derives them.
 */
export function buildRecord(
  plan: ImportPlan,
  row: EvaluatedRow,
  base: Base | null,
  placement: Placement,
  organizationId: number | null | undefined,
): StagedRecord {
  const mapped = new Set(plan.fieldColumns.map((c) => c.field.key));
  const kept = Object.fromEntries(Object.entries(base?.fields ?? {}).filter(([key]) => !mapped.has(key)));
  const builtin = (key: "name" | "nameKana" | "searchKeywords", stored: string | undefined) =>
    mapped.has(key) ? String(row.stored[key] ?? "") : (stored ?? "");
  const stored: StoredValues = {
    ...row.stored,
    name: builtin("name", base?.name),
    nameKana: builtin("nameKana", base?.name_kana),
    searchKeywords: builtin("searchKeywords", base?.search_keywords),
  };
  const c =
    plan.kind === "organization"
      ? organizationColumns(stored, plan.template.fields, kept)
      : customerColumns(stored, plan.template.fields, kept);
  const record: StagedRecord = {
    seq: row.row,
    action: placement.action,
    target_id: placement.target_id,
    target_version: placement.target_version,
    key: row.key,
    name: c.name,
    name_kana: c.nameKana,
    search_keywords: c.searchKeywords,
    fields: c.fields,
    search_text: c.searchText,
    search_grams: c.searchGrams,
    sort_key: c.sortKey,
  };
  if (plan.kind === "organization") return record;
  const a = row.attributes;
  return {
    ...record,
    status_id: a.statusId ?? base?.status_id ?? plan.lists.defaultStatus!.id,
    class_id: a.classId !== undefined ? a.classId : (base?.class_id ?? null),
    tag_ids: a.tagIds ?? base?.tag_ids ?? [],
    important: a.important ?? base?.important ?? false,
    organization_id: organizationId !== undefined ? organizationId : (base?.organization_id ?? null),
  };
}
