import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { importJobs } from "@/db/schema";
import { previewBatch } from "./batch";
import { CsvFormatError } from "./csv-records";
import type { FileEncoding } from "./encoding";
import { KeyHashSet } from "./key-set";
import { buildPlan } from "./plan";
import { ErrorLog, failureMessage } from "./run-errors";
import { failRun, finishRun, reportProgress, RunSuperseded } from "./run-state";
import { dataBatches, fileRecords } from "./source";
import { EMPTY_COUNTS, type ImportCounts, importTuning } from "./model";

function add(total: ImportCounts, part: ImportCounts): ImportCounts {
  return {
    created: total.created + part.created,
    updated: total.updated + part.updated,
    skipped: total.skipped + part.skipped,
    errors: total.errors + part.errors,
  };
}

/**
 * The dry run: reads the whole file, checks every row and predicts what the commit will do,
 * writing only the job's progress and row errors. It holds no transaction, so its progress
 * shows on PGlite too, and stopping it half-way leaves nothing to undo.
 */
export async function runValidation(jobId: string, runId: string): Promise<void> {
  const errors = new ErrorLog(jobId);
  try {
    const [job] = await db.select().from(importJobs).where(eq(importJobs.id, jobId));
    if (!job) return;
    const plan = await buildPlan(job.kind, job.options, job.headers ?? []);
    await errors.reset();
    const seen = new KeyHashSet();
    let counts = EMPTY_COUNTS;
    let bytesRead = 0;
    let rows = 0;
    const records = fileRecords(jobId, job.encoding as FileEncoding, (n) => (bytesRead += n));
    for await (const batch of dataBatches(records, importTuning.rowsPerBatch)) {
      const result = await previewBatch(db, plan, batch, seen);
      counts = add(counts, result.counts);
      await errors.add(result.errors, result.counts.errors);
      rows += batch.length;
      await reportProgress(jobId, runId, rows, { phase: "validate", bytesRead });
    }
    await finishRun(jobId, runId, {
      state: "validated",
      totalRows: counts.created + counts.updated + counts.skipped + counts.errors,
      errorCount: errors.rows,
      summary: { preview: counts, errorsTruncated: errors.truncated },
    });
  } catch (error) {
    if (error instanceof RunSuperseded) return;
    // A file that is not CSV leaves no row errors behind: the message says it all.
    if (error instanceof CsvFormatError) {
      await errors.reset().catch(() => {});
      await failRun(
        jobId,
        runId,
        `${error.message}\nデータは何も登録されていません。ファイルを直してから、もう一度選んでください。`,
        "validate",
        true,
      );
      return;
    }
    await failRun(jobId, runId, failureMessage(error), "validate");
  }
}
