import "server-only";
import type { Database } from "@/db/client";
import type { CsvRecord } from "./csv-records";
import { countExisting, findExisting, organizationsByName } from "./existing";
import type { KeyHashSet } from "./key-set";
import { IMPORT_KIND_LABELS } from "./model";
import type { ImportPlan } from "./plan";
import { buildRecord } from "./records";
import { evaluateRow, type EvaluatedRow, type RowError } from "./rows";
import type { Stage, StagedRecord } from "./stage";
import type { ImportCounts } from "./model";

type Checked = { rows: { row: EvaluatedRow; organizationId: number | null | undefined }[]; errors: RowError[] };

/** Every rule that does not depend on other rows: the template's values, names of lists and organizations. */
async function checkRows(conn: Database, plan: ImportPlan, records: CsvRecord[]): Promise<Checked> {
  const errors: RowError[] = [];
  const valid: EvaluatedRow[] = [];
  for (const record of records) {
    const result = evaluateRow(plan, record);
    if (!result) continue;
    if ("errors" in result) errors.push(...result.errors);
    else valid.push(result.ok);
  }
  const organization = plan.attributes["@organization"];
  if (!organization) return { rows: valid.map((row) => ({ row, organizationId: undefined })), errors };

  const names = [...new Set(valid.flatMap((r) => r.attributes.organizationName ?? []))];
  const found = await organizationsByName(conn, names);
  const rows: Checked["rows"] = [];
  for (const row of valid) {
    const name = row.attributes.organizationName;
    const ids = name ? (found.get(name) ?? []) : [];
    if (name && ids.length === 0)
      errors.push({
        row: row.row,
        column: organization.header,
        message: `顧客組織「${name}」が見つかりません(顧客組織一覧で名前を確認してください)`,
      });
    else if (ids.length > 1)
      errors.push({
        row: row.row,
        column: organization.header,
        message: `「${name}」という名前の顧客組織が${ids.length}件あるため、所属組織を決められません`,
      });
    else rows.push({ row, organizationId: name ? ids[0]! : null });
  }
  return { rows, errors };
}

function ambiguous(plan: ImportPlan, row: EvaluatedRow, count: number): RowError {
  const column = plan.fieldColumns.find((c) => c.field.key === plan.keyField.key);
  return {
    row: row.row,
    column: column?.header ?? null,
    message: `${plan.keyField.label}「${row.key}」の${IMPORT_KIND_LABELS[plan.kind]}が${count}件登録されているため、どれを上書きするか決められません`,
  };
}

const byRow = (a: RowError, b: RowError) => a.row - b.row;

/**
 * The dry run of one batch: what each row would do. Keys met earlier in the file are in
 * `seen`, so a duplicate inside the file counts as the commit will treat it.
 */
export async function previewBatch(
  conn: Database,
  plan: ImportPlan,
  records: CsvRecord[],
  seen: KeyHashSet,
): Promise<{ counts: ImportCounts; errors: RowError[] }> {
  const { rows, errors } = await checkRows(conn, plan, records);
  const counts: ImportCounts = { created: 0, updated: 0, skipped: 0, errors: 0 };
  const keys = plan.mode === "create" ? [] : [...new Set(rows.flatMap((r) => r.row.key ?? []))];
  const stored = await countExisting(conn, plan, keys);
  for (const { row } of rows) {
    if (plan.mode === "create" || row.key === null) {
      counts.created += 1;
      continue;
    }
    const n = stored.get(row.key) ?? 0;
    if (plan.mode === "update" && n > 1) {
      errors.push(ambiguous(plan, row, n));
      continue;
    }
    const earlier = seen.addOrHas(row.key);
    if (n === 0 && !earlier) counts.created += 1;
    else if (plan.mode === "skip") counts.skipped += 1;
    else counts.updated += 1;
  }
  counts.errors = new Set(errors.map((e) => e.row)).size;
  return { counts, errors: errors.sort(byRow) };
}

/**
 * The commit's pass over one batch: the same decisions as the preview, made against the
 * stored records and the rows staged so far, and the final records written to the stage.
 */
export async function stageBatch(
  conn: Database,
  plan: ImportPlan,
  records: CsvRecord[],
  stage: Stage,
  seen: KeyHashSet,
): Promise<{ counts: ImportCounts; errors: RowError[] }> {
  const { rows, errors } = await checkRows(conn, plan, records);
  const counts: ImportCounts = { created: 0, updated: 0, skipped: 0, errors: 0 };
  const keys = plan.mode === "create" ? [] : [...new Set(rows.flatMap((r) => r.row.key ?? []))];
  // Only keys met in earlier batches can be staged already (the set has no false negatives).
  const staged = await stage.byKeys(keys.filter((k) => seen.has(k)));
  for (const key of keys) seen.addOrHas(key);
  const stored = await findExisting(conn, plan, keys);
  const pending = new Map<string, StagedRecord>();
  const unkeyed: StagedRecord[] = [];
  const replacing: number[] = [];

  for (const { row, organizationId } of rows) {
    if (plan.mode === "create" || row.key === null) {
      unkeyed.push(buildRecord(plan, row, null, { action: "insert", target_id: null, target_version: null }, organizationId));
      counts.created += 1;
      continue;
    }
    const matches = stored.get(row.key) ?? [];
    if (plan.mode === "update" && matches.length > 1) {
      errors.push(ambiguous(plan, row, matches.length));
      continue;
    }
    const earlier = pending.get(row.key) ?? staged.get(row.key);
    if (earlier || matches.length > 0) {
      if (plan.mode === "skip") {
        counts.skipped += 1;
        continue;
      }
      const base = earlier ?? matches[0]!;
      const placement = earlier
        ? { action: earlier.action, target_id: earlier.target_id, target_version: earlier.target_version }
        : { action: "update" as const, target_id: matches[0]!.id, target_version: matches[0]!.version };
      if (earlier && !pending.has(row.key)) replacing.push(earlier.seq);
      // A record met again keeps its first row's place, so new records keep file order.
      const record = buildRecord(plan, row, base, placement, organizationId);
      pending.set(row.key, earlier ? { ...record, seq: earlier.seq } : record);
      counts.updated += 1;
      continue;
    }
    pending.set(row.key, buildRecord(plan, row, null, { action: "insert", target_id: null, target_version: null }, organizationId));
    counts.created += 1;
  }
  await stage.write([...unkeyed, ...pending.values()], replacing);
  counts.errors = new Set(errors.map((e) => e.row)).size;
  return { counts, errors: errors.sort(byRow) };
}
