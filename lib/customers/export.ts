import { randomUUID } from "node:crypto";
import { and, asc, gt, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { customers, type CustomerRow } from "@/db/schema";
import { requireUser } from "@/lib/auth/current-user";
import { customerSettings } from "@/lib/customer-settings/queries";
import { csvEncoding, encodeChunks, type CsvEncoding } from "@/lib/csv/encode";
import { pullStream } from "@/lib/csv/stream";
import { csvRows, type CsvCell } from "@/lib/csv/write";
import { formatDateTime } from "@/lib/format";
import { isBuiltinKey } from "@/lib/templates/builtins";
import type { FieldDefinition } from "@/lib/templates/definition";
import { listTemplates, type Template } from "@/lib/templates/queries";
import type { StoredValue } from "@/lib/templates/values-schema";
import { customerFilter, type CustomerFilter } from "./filter";
import { customerWhere } from "./filter-sql";

// Rows per query: big enough that a million rows take 500 round trips, small enough that
// one batch (and its CSV text) stays a few megabytes.
const BATCH_SIZE = 2000;

const LEADING_HEADERS = ["ID", "氏名", "フリガナ", "ステータス", "客区分", "タグ", "重要"];
const TRAILING_HEADERS = ["検索用キーワード", "登録日時", "更新日時"];

type FieldColumn = { header: string; field: FieldDefinition };
type Lookups = { status: Map<number, string>; customerClass: Map<number, string>; tag: Map<number, string>; fields: FieldColumn[] };

/**
 * One column per field key over every customer template (archived ones too, since their
 * customers remain), then fields since removed, so no stored value is left out. A label
 * used twice gets its template's name, so headers stay unique for spreadsheet lookups.
 */
function fieldColumns(list: Template[]): FieldColumn[] {
  const byKey = new Map<string, FieldColumn>();
  const headers = new Set([...LEADING_HEADERS, ...TRAILING_HEADERS]);
  const add = (field: FieldDefinition, template: Template, removed: boolean) => {
    if (isBuiltinKey(field.key) || byKey.has(field.key)) return;
    let header = removed ? `${field.label}(削除済み)` : field.label;
    if (headers.has(header)) header = `${header}(${template.name})`;
    if (headers.has(header)) header = `${header}[${field.key}]`;
    headers.add(header);
    byKey.set(field.key, { header, field });
  };
  for (const template of list) for (const field of template.fields) add(field, template, false);
  for (const template of list) for (const field of template.retiredFields) add(field, template, true);
  return [...byKey.values()];
}

function fieldCell(field: FieldDefinition, value: StoredValue | undefined): CsvCell {
  if (value === undefined) return "";
  if (Array.isArray(value)) return value.join("、");
  if (typeof value === "boolean") return value ? "はい" : "";
  if (typeof value === "number") return value;
  // 2026-11-25T15:30 as stored; Excel reads the spaced form as a date and time.
  return field.type === "datetime" ? value.replace("T", " ") : value;
}

const exportColumns = {
  id: customers.id,
  name: customers.name,
  nameKana: customers.nameKana,
  searchKeywords: customers.searchKeywords,
  fields: customers.fields,
  statusId: customers.statusId,
  classId: customers.classId,
  tagIds: customers.tagIds,
  important: customers.important,
  createdAt: customers.createdAt,
  updatedAt: customers.updatedAt,
};
type ExportRow = Pick<CustomerRow, keyof typeof exportColumns>;

function rowCells(row: ExportRow, lookups: Lookups): CsvCell[] {
  return [
    row.id,
    row.name,
    row.nameKana,
    lookups.status.get(row.statusId) ?? "",
    row.classId === null ? "" : (lookups.customerClass.get(row.classId) ?? ""),
    row.tagIds.flatMap((id) => lookups.tag.get(id) ?? []).join("、"),
    row.important ? "★" : "",
    ...lookups.fields.map(({ field }) => fieldCell(field, row.fields[field.key])),
    row.searchKeywords,
    formatDateTime(row.createdAt),
    formatDateTime(row.updatedAt),
  ];
}

/**
 * Keyset batches by id: each query starts after the last id read, so every batch costs the
 * same however deep the export is, and it works alike on PGlite and postgres.js. There is
 * no snapshot across batches (a transaction would hold PGlite's only connection for the
 * whole download): a customer edited meanwhile appears as its batch found it.
 */
async function* customerBatches(where: SQL | undefined): AsyncGenerator<ExportRow[]> {
  let afterId = 0;
  for (;;) {
    const rows = await db
      .select(exportColumns)
      .from(customers)
      .where(and(where, gt(customers.id, afterId)))
      .orderBy(asc(customers.id))
      .limit(BATCH_SIZE);
    if (rows.length > 0) yield rows;
    if (rows.length < BATCH_SIZE) return;
    afterId = rows[rows.length - 1]!.id;
  }
}

async function* csvText(where: SQL | undefined, lookups: Lookups): AsyncGenerator<string> {
  yield csvRows([[...LEADING_HEADERS, ...lookups.fields.map((c) => c.header), ...TRAILING_HEADERS]]);
  for await (const batch of customerBatches(where)) yield csvRows(batch.map((row) => rowCells(row, lookups)));
}

/**
 * Every customer matching the filter of the list (the one filter model), as CSV bytes in
 * the chosen encoding. Authorization and the lookups happen before the stream is returned,
 * so a refusal is an ordinary error; rows are read only as the reader pulls them.
 */
export async function exportCustomersCsv(filter: CustomerFilter, encoding: CsvEncoding): Promise<ReadableStream<Uint8Array>> {
  await requireUser();
  const where = customerWhere(customerFilter.parse(filter));
  const chosen = csvEncoding.parse(encoding);
  const [settings, templates] = await Promise.all([customerSettings(), listTemplates("customer", { includeArchived: true })]);
  const lookups: Lookups = {
    status: new Map(settings.statuses.map((s) => [s.id, s.name])),
    customerClass: new Map(settings.classes.map((c) => [c.id, c.name])),
    tag: new Map(settings.tags.map((t) => [t.id, t.name])),
    fields: fieldColumns(templates),
  };
  return pullStream(encodeChunks(csvText(where, lookups), chosen), (error) => {
    // Headers are already sent, so the browser only sees a cut-off download: log why.
    console.error(`[customer-export ${randomUUID().slice(0, 8)}]`, error);
  });
}
