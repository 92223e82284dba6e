import "server-only";
import { randomUUID } from "node:crypto";
import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { requireAdmin } from "@/lib/auth/current-user";
import { csvEncoding, encodeChunks, type CsvEncoding } from "@/lib/csv/encode";
import { pullStream, started } from "@/lib/csv/stream";
import { csvRows } from "@/lib/csv/write";
import { formatDateTime } from "@/lib/shared/format";
import { startExportAudit } from "./export-audit";
import { auditFilter, type AuditFilter, AUDIT_KIND_LABELS, describeAction, describeDetails, describeTarget } from "./model";
import { auditColumns, auditWhere, type AuditEntry } from "./queries";

const BATCH_SIZE = 2000;
const HEADERS = ["ID", "日時", "操作者ID", "操作者", "操作", "内容", "対象", "対象ID", "詳細(JSON)"];

async function* batches(where: SQL | undefined): AsyncGenerator<AuditEntry[]> {
  let before: number | null = null;
  for (;;) {
    const rows: AuditEntry[] = await db
      .select(auditColumns)
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(and(where, before === null ? undefined : lt(auditLog.id, before)))
      .orderBy(desc(auditLog.id))
      .limit(BATCH_SIZE);
    if (rows.length > 0) yield rows;
    if (rows.length < BATCH_SIZE) return;
    before = rows[rows.length - 1]!.id;
  }
}

/** 監査ログ as CSV, newest first, with the page's filter; the download is itself on record. */
export async function exportAuditLogCsv(filter: AuditFilter, encoding: CsvEncoding): Promise<ReadableStream<Uint8Array>> {
  const admin = await requireAdmin();
  const parsed = auditFilter.parse(filter);
  const chosen = csvEncoding.parse(encoding);
  const where = auditWhere(parsed);
  const rows = await started(batches(where));
  const audit = await startExportAudit(admin.id, {
    entity: "audit_log",
    entityId: "list",
    details: { filter: parsed, encoding: chosen, ...(parsed.kind ? { kind: AUDIT_KIND_LABELS[parsed.kind] } : {}) },
  });
  async function* text(): AsyncGenerator<string> {
    yield csvRows([HEADERS]);
    for await (const batch of audit.track(rows)) {
      yield csvRows(
        batch.map((e) => [
          e.id,
          formatDateTime(e.at),
          e.actorId ?? "",
          e.actorName ?? "",
          e.action,
          [describeAction(e.action, e.entity), describeTarget(e.action, e.entity, e.entityId), describeDetails(e.action, e.diff)]
            .filter(Boolean)
            .join(" "),
          e.entity,
          e.entityId,
          e.diff ? JSON.stringify(e.diff) : "",
        ]),
      );
    }
  }
  return pullStream(encodeChunks(audit.guard(text()), chosen), (error) => {
    console.error(`[audit-export ${randomUUID().slice(0, 8)}]`, error);
  });
}
