import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { customers, organizations, type CustomerRow } from "@/db/schema";
import { startExportAudit } from "@/lib/audit-log/export-audit";
import { requireUser } from "@/lib/auth/current-user";
import { customerSettings } from "@/lib/customer-settings/queries";
import { csvEncoding, encodeChunks, type CsvEncoding } from "@/lib/csv/encode";
import { pullStream, started } from "@/lib/csv/stream";
import { csvRows, type CsvCell } from "@/lib/csv/write";
import { formatDateTime } from "@/lib/shared/format";
import { fieldCell, fieldColumns, type FieldColumn } from "@/lib/csv/template-columns";
import { isFeatureEnabled } from "@/lib/features/queries";
import { listTemplates } from "@/lib/templates/queries";
import { customerFilter, type CustomerFilter } from "@/lib/customers/model/filter";
import { effectiveFilter } from "./effective-filter";
import { customerWhere } from "./filter-sql";

// Rows per query: big enough that a million rows take 500 round trips, small enough that
// one batch (and its CSV text) stays a few megabytes.
const BATCH_SIZE = 2000;

const LEADING_HEADERS = ["ID", "氏名", "フリガナ", "ステータス", "客区分", "タグ", "重要"];
const TRAILING_HEADERS = ["検索用キーワード", "登録日時", "更新日時"];

type Lookups = {
  status: Map<number, string>;
  customerClass: Map<number, string>;
  tag: Map<number, string>;
  withOrganization: boolean;
  fields: FieldColumn[];
};

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
  organizationName: organizations.name,
  createdAt: customers.createdAt,
  updatedAt: customers.updatedAt,
};
type ExportRow = Pick<CustomerRow, Exclude<keyof typeof exportColumns, "organizationName">> & { organizationName: string | null };

function rowCells(row: ExportRow, lookups: Lookups): CsvCell[] {
  return [
    row.id,
    row.name,
    row.nameKana,
    lookups.status.get(row.statusId) ?? "",
    row.classId === null ? "" : (lookups.customerClass.get(row.classId) ?? ""),
    row.tagIds.flatMap((id) => lookups.tag.get(id) ?? []).join("、"),
    row.important ? "★" : "",
    ...(lookups.withOrganization ? [row.organizationName ?? ""] : []),
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
      .leftJoin(organizations, eq(organizations.id, customers.organizationId))
      .where(and(where, gt(customers.id, afterId)))
      .orderBy(asc(customers.id))
      .limit(BATCH_SIZE);
    if (rows.length > 0) yield rows;
    if (rows.length < BATCH_SIZE) return;
    afterId = rows[rows.length - 1]!.id;
  }
}

async function* csvText(batches: AsyncGenerator<ExportRow[]>, lookups: Lookups): AsyncGenerator<string> {
  const leading = lookups.withOrganization ? [...LEADING_HEADERS, "所属組織"] : LEADING_HEADERS;
  yield csvRows([[...leading, ...lookups.fields.map((c) => c.header), ...TRAILING_HEADERS]]);
  for await (const batch of batches) yield csvRows(batch.map((row) => rowCells(row, lookups)));
}

/**
 * Every customer matching the filter of the list (the one filter model), as CSV bytes in
 * the chosen encoding. Authorization and the lookups happen before the stream is returned,
 * so a refusal is an ordinary error; rows are read only as the reader pulls them.
 */
export async function exportCustomersCsv(filter: CustomerFilter, encoding: CsvEncoding): Promise<ReadableStream<Uint8Array>> {
  const user = await requireUser();
  const parsed = customerFilter.parse(filter);
  const where = customerWhere(await effectiveFilter(parsed));
  const chosen = csvEncoding.parse(encoding);
  const [settings, templates, withOrganization] = await Promise.all([
    customerSettings(),
    listTemplates("customer", { includeArchived: true }),
    isFeatureEnabled("organizations"),
  ]);
  const lookups: Lookups = {
    status: new Map(settings.statuses.map((s) => [s.id, s.name])),
    customerClass: new Map(settings.classes.map((c) => [c.id, c.name])),
    tag: new Map(settings.tags.map((t) => [t.id, t.name])),
    withOrganization,
    fields: fieldColumns(templates, [...LEADING_HEADERS, "所属組織", ...TRAILING_HEADERS]),
  };
  const batches = await started(customerBatches(where));
  const audit = await startExportAudit(user.id, { entity: "customer", entityId: "list", details: { filter: parsed, encoding: chosen } });
  return pullStream(encodeChunks(audit.guard(csvText(audit.track(batches), lookups)), chosen), (error) => {
    // Headers are already sent, so the browser only sees a cut-off download: log why.
    console.error(`[customer-export ${randomUUID().slice(0, 8)}]`, error);
  });
}
