import "server-only";
import { randomUUID } from "node:crypto";
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { customers, reports, users } from "@/db/schema";
import { startExportAudit } from "@/lib/audit-log/export-audit";
import { requireUser } from "@/lib/auth/current-user";
import { csvEncoding, encodeChunks, type CsvEncoding } from "@/lib/csv/encode";
import { pullStream, started } from "@/lib/csv/stream";
import { csvRows, type CsvCell } from "@/lib/csv/write";
import { formatDateTime } from "@/lib/shared/format";
import { listTemplates } from "@/lib/templates/queries";
import type { StoredValues } from "@/lib/templates/model/values";
import { fieldCell, type FieldColumn } from "@/lib/csv/template-columns";
import { LEADING_HEADERS, reportFieldColumns, TRAILING_HEADERS } from "./export-columns";
import { reportFilter, type ReportFilter } from "@/lib/reports/model/filter";
import { reportWhere } from "./filter-sql";

// Rows per query: a few megabytes of CSV per batch at most.
const BATCH_SIZE = 2000;

type ExportRow = {
  id: number;
  occurredAt: Date;
  exactAt: string;
  templateId: number;
  customerId: number;
  customerName: string;
  title: string;
  authorName: string | null;
  fields: StoredValues;
  createdAt: Date;
  updatedAt: Date;
};

/**
 * Newest first like the list, in keyset batches on (occurred_at, id): each query starts
 * after the last row read, so a deep export costs the same per batch. The cursor is
 * PostgreSQL's own text of the time (microseconds, which a JS Date would lose).
 */
async function* reportBatches(where: SQL | undefined): AsyncGenerator<ExportRow[]> {
  let after: { at: string; id: number } | null = null;
  for (;;) {
    const rows: ExportRow[] = await db
      .select({
        id: reports.id,
        occurredAt: reports.occurredAt,
        exactAt: sql<string>`${reports.occurredAt}::text`,
        templateId: reports.templateId,
        customerId: reports.customerId,
        customerName: customers.name,
        title: reports.title,
        authorName: users.name,
        fields: reports.fields,
        createdAt: reports.createdAt,
        updatedAt: reports.updatedAt,
      })
      .from(reports)
      .innerJoin(customers, eq(customers.id, reports.customerId))
      .leftJoin(users, eq(users.id, reports.authorId))
      .where(and(where, after ? sql`(${reports.occurredAt}, ${reports.id}) < (${after.at}::timestamptz, ${after.id})` : undefined))
      .orderBy(desc(reports.occurredAt), desc(reports.id))
      .limit(BATCH_SIZE);
    if (rows.length > 0) yield rows;
    if (rows.length < BATCH_SIZE) return;
    const last = rows[rows.length - 1]!;
    after = { at: last.exactAt, id: last.id };
  }
}

function rowCells(row: ExportRow, templateNames: Map<number, string>, columns: FieldColumn[]): CsvCell[] {
  return [
    row.id,
    formatDateTime(row.occurredAt),
    templateNames.get(row.templateId) ?? "",
    row.customerId,
    row.customerName,
    row.title,
    row.authorName ?? "",
    ...columns.map(({ field }) => fieldCell(field, row.fields[field.key])),
    formatDateTime(row.createdAt),
    formatDateTime(row.updatedAt),
  ];
}

/**
 * Every report matching 報告書一覧's filter as CSV bytes in the chosen encoding. Authorization
 * and the lookups happen before the stream is returned, so a refusal is an ordinary error.
 */
export async function exportReportsCsv(filter: ReportFilter, encoding: CsvEncoding): Promise<ReadableStream<Uint8Array>> {
  const user = await requireUser();
  const parsed = reportFilter.parse(filter);
  const where = reportWhere(parsed);
  const chosen = csvEncoding.parse(encoding);
  const templates = await listTemplates("report", { includeArchived: true });
  const columns = reportFieldColumns(templates);
  const templateNames = new Map(templates.map((t) => [t.id, t.name]));
  const batches = await started(reportBatches(where));
  const audit = await startExportAudit(user.id, { entity: "report", entityId: "list", details: { filter: parsed, encoding: chosen } });
  async function* text(): AsyncGenerator<string> {
    yield csvRows([[...LEADING_HEADERS, ...columns.map((c) => c.header), ...TRAILING_HEADERS]]);
    for await (const batch of audit.track(batches)) yield csvRows(batch.map((row) => rowCells(row, templateNames, columns)));
  }
  return pullStream(encodeChunks(audit.guard(text()), chosen), (error) => {
    // Headers are already sent, so the browser only sees a cut-off download: log why.
    console.error(`[report-export ${randomUUID().slice(0, 8)}]`, error);
  });
}
