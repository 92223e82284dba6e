import "server-only";
import { eq } from "drizzle-orm";
import { getDatabaseEngine, withDedicatedConnection, type Database } from "@/db/client";
import { importJobs } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { DomainError } from "@/lib/errors";
import { applyWindow, lockStagedTags } from "./apply";
import { stageBatch } from "./batch";
import type { FileEncoding } from "./encoding";
import { KeyHashSet } from "./key-set";
import { IMPORT_KIND_LABELS, EMPTY_COUNTS, type ImportCounts, importTuning } from "./model";
import { buildPlan, type ImportPlan } from "./plan";
import { ErrorLog, failureMessage } from "./run-errors";
import { failRun, finishRun, releaseFile, reportProgress, RunSuperseded } from "./run-state";
import { dataBatches, fileRecords, yieldToEventLoop } from "./source";
import { Stage } from "./stage";

type Job = typeof importJobs.$inferSelect;

async function stageFile(conn: Database, job: Job, runId: string, plan: ImportPlan, stage: Stage, errors: ErrorLog): Promise<ImportCounts> {
  let counts = EMPTY_COUNTS;
  let rows = 0;
  const seen = new KeyHashSet();
  for await (const batch of dataBatches(fileRecords(job.id, job.encoding as FileEncoding), importTuning.rowsPerBatch)) {
    const result = await stageBatch(conn, plan, batch, stage, seen);
    counts = {
      created: counts.created + result.counts.created,
      updated: counts.updated + result.counts.updated,
      skipped: counts.skipped + result.counts.skipped,
      errors: counts.errors + result.counts.errors,
    };
    await errors.add(result.errors, result.counts.errors);
    rows += batch.length;
    await reportProgress(job.id, runId, rows, { phase: "stage" });
  }
  return counts;
}

/**
 * Moves the staged rows into their table in ONE transaction: all of them, or none (any
 * failure, a concurrent edit or a dead server rolls everything back). The job's "done"
 * is written in the same transaction, so a commit can never be applied twice. On
 * PostgreSQL progress goes out through the pool as the windows pass; PGlite has a single
 * connection that the transaction holds, so there it shows the end of staging until done.
 */
async function applyStage(
  conn: Database,
  job: Job,
  runId: string,
  plan: ImportPlan,
  stage: Stage,
  counts: ImportCounts,
  errorRows: number,
) {
  const visibleProgress = getDatabaseEngine() === "postgres";
  const kindLabel = IMPORT_KIND_LABELS[plan.kind];
  await conn.transaction(async (tx) => {
    if (plan.kind === "customer") await lockStagedTags(tx, stage);
    const total = (await stage.totals(tx)).rows;
    let after = 0;
    let moved = 0;
    for (let index = 0; ; index++) {
      const w = await stage.window(tx, after, importTuning.rowsPerApply);
      if (!w) break;
      await yieldToEventLoop();
      await importTuning.beforeApplyBatch?.(index);
      await applyWindow(
        plan.kind,
        { tx, stage, templateId: plan.template.id, actorId: job.createdBy },
        { after, last: w.last, updates: w.updates },
        kindLabel,
      );
      after = w.last;
      moved += w.rows;
      if (visibleProgress)
        await reportProgress(job.id, runId, Math.round((moved / Math.max(total, 1)) * (job.totalRows ?? total)), { phase: "apply" });
    }
    await recordAudit(tx, {
      actorId: job.createdBy,
      action: "import",
      entity: plan.kind,
      entityId: job.id,
      diff: { fileName: job.fileName, ...counts },
    });
    await finishRun(job.id, runId, { state: "done", errorCount: errorRows, summary: { result: counts } }, tx);
  });
}

/**
 * The commit: reads and checks the file again (data may have changed since the preview),
 * stages every final row, then applies the stage in one transaction.
 */
export async function runCommit(jobId: string, runId: string): Promise<void> {
  const errors = new ErrorLog(jobId);
  try {
    await withDedicatedConnection(async (conn) => {
      const [job] = await conn.select().from(importJobs).where(eq(importJobs.id, jobId));
      if (!job) return;
      const plan = await buildPlan(job.kind, job.options, job.headers ?? [], conn);
      const skipErrorRows = (job.options as { skipErrorRows?: boolean }).skipErrorRows === true;
      const stage = new Stage(conn, job.kind, job.id);
      await stage.create();
      try {
        await errors.reset();
        await reportProgress(job.id, runId, 0, { phase: "stage" });
        const counts = await stageFile(conn, job, runId, plan, stage, errors);
        if (counts.errors > 0 && !skipErrorRows) {
          throw new DomainError(
            `エラーのある行が${counts.errors.toLocaleString("ja-JP")}行あるため、登録しませんでした。データは何も登録されていません。`,
          );
        }
        await importTuning.afterStage?.();
        await reportProgress(job.id, runId, 0, { phase: "apply" });
        await applyStage(conn, job, runId, plan, stage, counts, errors.rows);
      } finally {
        await stage.drop().catch(() => {});
      }
    });
    await releaseFile(jobId);
  } catch (error) {
    if (error instanceof RunSuperseded) return;
    await failRun(jobId, runId, failureMessage(error), "commit");
  }
}
