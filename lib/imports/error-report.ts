import "server-only";
import { and, asc, eq, gt } from "drizzle-orm";
import { db } from "@/db/client";
import { importJobErrors } from "@/db/schema";
import { csvEncoding, encodeChunks, type CsvEncoding } from "@/lib/csv/encode";
import { pullStream } from "@/lib/csv/stream";
import { csvRows } from "@/lib/csv/write";
import { authorizeJob } from "./jobs";

const BATCH = 5000;

async function* reportText(jobId: string, truncated: boolean): AsyncGenerator<string> {
  yield csvRows([["行番号", "列", "エラー内容"]]);
  let afterId = 0;
  for (;;) {
    const rows = await db
      .select({ id: importJobErrors.id, row: importJobErrors.rowNumber, column: importJobErrors.column, message: importJobErrors.message })
      .from(importJobErrors)
      .where(and(eq(importJobErrors.jobId, jobId), gt(importJobErrors.id, afterId)))
      .orderBy(asc(importJobErrors.id))
      .limit(BATCH);
    if (rows.length > 0) yield csvRows(rows.map((r) => [r.row, r.column ?? "", r.message]));
    if (rows.length < BATCH) break;
    afterId = rows[rows.length - 1]!.id;
  }
  if (truncated) yield csvRows([["", "", "エラーが多いため、これより後のエラーは省略しました"]]);
}

/** GET /api/imports/[id]/errors: every stored row error of a job, as CSV (formula-safe). */
export async function importErrorReport(
  jobId: string,
  encoding: CsvEncoding,
): Promise<{ body: ReadableStream<Uint8Array>; fileName: string }> {
  const { job } = await authorizeJob(jobId);
  const chosen = csvEncoding.parse(encoding);
  const truncated = (job.summary as { errorsTruncated?: boolean } | null)?.errorsTruncated === true;
  const base = job.fileName.replace(/\.[^.]*$/, "") || "import";
  return {
    body: pullStream(encodeChunks(reportText(job.id, truncated), chosen), (error) => console.error("[import-error-report]", error)),
    fileName: `${base}-エラー.csv`,
  };
}
