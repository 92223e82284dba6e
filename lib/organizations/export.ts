import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, gt, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { organizations } from "@/db/schema";
import { startExportAudit } from "@/lib/audit-log/export-audit";
import { csvEncoding, encodeChunks, type CsvEncoding } from "@/lib/csv/encode";
import { pullStream, started } from "@/lib/csv/stream";
import { fieldCell, fieldColumns, type FieldColumn } from "@/lib/csv/template-columns";
import { csvRows, type CsvCell } from "@/lib/csv/write";
import { formatDateTime } from "@/lib/shared/format";
import { keywordCondition } from "@/lib/search/keyword-sql";
import { listTemplates } from "@/lib/templates/queries";
import { requireOrganizations } from "./guard";
import { memberCountSql } from "./member-count";
import { organizationSearchInput } from "./model";

const BATCH_SIZE = 2000;
const LEADING = ["ID", "組織名", "フリガナ", "メンバー数"];
const TRAILING = ["検索用キーワード", "登録日時", "更新日時"];

const columns = {
  id: organizations.id,
  name: organizations.name,
  nameKana: organizations.nameKana,
  searchKeywords: organizations.searchKeywords,
  fields: organizations.fields,
  createdAt: organizations.createdAt,
  updatedAt: organizations.updatedAt,
  memberCount: memberCountSql,
};

type ExportRow = Awaited<ReturnType<typeof organizationBatch>>[number];

function organizationBatch(where: SQL | undefined, afterId: number) {
  return db
    .select(columns)
    .from(organizations)
    .where(and(where, gt(organizations.id, afterId)))
    .orderBy(asc(organizations.id))
    .limit(BATCH_SIZE);
}

/** Keyset batches by id, as the customer export: bounded memory at any size. */
async function* organizationBatches(where: SQL | undefined): AsyncGenerator<ExportRow[]> {
  let afterId = 0;
  for (;;) {
    const rows = await organizationBatch(where, afterId);
    if (rows.length > 0) yield rows;
    if (rows.length < BATCH_SIZE) return;
    afterId = rows[rows.length - 1]!.id;
  }
}

async function* csvText(batches: AsyncGenerator<ExportRow[]>, fields: FieldColumn[]): AsyncGenerator<string> {
  yield csvRows([[...LEADING, ...fields.map((c) => c.header), ...TRAILING]]);
  for await (const rows of batches) {
    yield csvRows(
      rows.map((row): CsvCell[] => [
        row.id,
        row.name,
        row.nameKana,
        row.memberCount,
        ...fields.map(({ field }) => fieldCell(field, row.fields[field.key])),
        row.searchKeywords,
        formatDateTime(row.createdAt),
        formatDateTime(row.updatedAt),
      ]),
    );
  }
}

/** 顧客組織一覧 as CSV: every organization matching the list's keyword. */
export async function exportOrganizationsCsv(input: { keyword?: string }, encoding: CsvEncoding): Promise<ReadableStream<Uint8Array>> {
  const user = await requireOrganizations();
  const { keyword } = organizationSearchInput.parse(input);
  const chosen = csvEncoding.parse(encoding);
  const templates = await listTemplates("organization", { includeArchived: true });
  const where = keywordCondition(keyword, { grams: organizations.searchGrams, text: organizations.searchText });
  const batches = await started(organizationBatches(where));
  const audit = await startExportAudit(user.id, {
    entity: "organization",
    entityId: "list",
    details: { filter: { keyword }, encoding: chosen },
  });
  return pullStream(
    encodeChunks(audit.guard(csvText(audit.track(batches), fieldColumns(templates, [...LEADING, ...TRAILING]))), chosen),
    (error) => {
      console.error(`[organization-export ${randomUUID().slice(0, 8)}]`, error);
    },
  );
}
