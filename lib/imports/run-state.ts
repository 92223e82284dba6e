import "server-only";
import { randomUUID } from "node:crypto";
import { eq, sql, type SQL } from "drizzle-orm";
import { db, type Database } from "@/db/client";
import { importJobChunks, importJobErrors } from "@/db/schema";
import { queryRows } from "@/db/rows";
import { DomainError } from "@/lib/errors";
import type { ImportSummary } from "./model";
import { STALE_AFTER_MS } from "./model";

/** Another run took the job over (a retry after a stall) or the user cancelled it. */
export class RunSuperseded extends Error {
  constructor() {
    super("import run superseded");
    this.name = "RunSuperseded";
  }
}

const staleAge = sql`now() - make_interval(secs => ${STALE_AFTER_MS / 1000})`;

function json(value: unknown): SQL {
  return sql`${JSON.stringify(value)}::text::jsonb`;
}

/**
 * Moves a job into a run state when its current state allows it, atomically, so that two
 * clicks or two servers never run one job twice. Returns the new run's id.
 */
async function claim(
  jobId: string,
  to: "validating" | "committing",
  allowed: SQL,
  set: SQL,
  refusal: string,
  forget: string[] = [],
): Promise<string> {
  const runId = randomUUID();
  const dropped = ["failedPhase", "fileUnreadable", "phase", "bytesRead", ...forget].map((key) => sql` - ${key}::text`);
  const rows = await queryRows<{ id: string }>(sql`
    update import_jobs set state = ${to}, ${set},
      summary = coalesce(summary, '{}'::jsonb)${sql.join(dropped)} || ${json({ runId })},
      processed_rows = 0, message = null, finished_at = null, updated_at = now()
    where id = ${jobId} and (${allowed} or (state = ${to} and updated_at < ${staleAge}))
    returning id`);
  if (rows.length === 0) throw new DomainError(refusal);
  return runId;
}

export function claimValidation(jobId: string, options: Record<string, unknown>): Promise<string> {
  return claim(
    jobId,
    "validating",
    // A commit that stopped rolled back, so its job may go back to the mapping step too.
    sql`(state in ('uploaded', 'validated', 'failed') or (state = 'committing' and updated_at < ${staleAge}))`,
    sql`options = ${json(options)}, total_rows = null, error_count = 0`,
    "このインポートは確認できる状態ではありません(実行中か、完了・中止済みです)。ページを再読み込みしてください。",
    ["preview", "result", "errorsTruncated"],
  );
}

export function claimCommit(jobId: string, skipErrorRows: boolean): Promise<string> {
  return claim(
    jobId,
    "committing",
    sql`(state = 'validated' or (state = 'failed' and summary->>'failedPhase' = 'commit'))`,
    sql`options = options || ${json({ skipErrorRows })}`,
    "このインポートは登録できる状態ではありません(確認中・登録中か、完了・中止済みです)。ページを再読み込みしてください。",
  );
}

/** Progress of a run, which doubles as its heartbeat; a superseded run stops here. */
export async function reportProgress(jobId: string, runId: string, processedRows: number, summary: ImportSummary): Promise<void> {
  const rows = await queryRows<{ id: string }>(sql`
    update import_jobs set processed_rows = ${processedRows}, summary = coalesce(summary, '{}'::jsonb) || ${json(summary)}, updated_at = now()
    where id = ${jobId} and summary->>'runId' = ${runId} returning id`);
  if (rows.length === 0) throw new RunSuperseded();
}

type Finish = {
  state: "validated" | "done" | "failed";
  totalRows?: number;
  errorCount?: number;
  message?: string | null;
  summary: ImportSummary;
};

/** The last write of a run; inside the commit transaction for "done", so both land together. */
export async function finishRun(jobId: string, runId: string, finish: Finish, database: Database = db): Promise<void> {
  const rows = await queryRows<{ id: string }>(
    sql`
    update import_jobs set state = ${finish.state},
      total_rows = coalesce(${finish.totalRows ?? null}::int, total_rows),
      error_count = coalesce(${finish.errorCount ?? null}::int, error_count),
      message = ${finish.message ?? null},
      summary = coalesce(summary, '{}'::jsonb) - 'phase' || ${json(finish.summary)},
      updated_at = now(), finished_at = case when ${finish.state} in ('done', 'failed') then now() else null end
    where id = ${jobId} and summary->>'runId' = ${runId} returning id`,
    database,
  );
  if (rows.length === 0) throw new RunSuperseded();
}

export async function failRun(
  jobId: string,
  runId: string,
  message: string,
  failedPhase: "validate" | "commit",
  fileUnreadable = false,
): Promise<void> {
  await finishRun(jobId, runId, { state: "failed", message, summary: { failedPhase, fileUnreadable } }).catch((error: unknown) => {
    if (!(error instanceof RunSuperseded)) throw error;
  });
}

export async function cancelJob(jobId: string): Promise<void> {
  const rows = await queryRows<{ id: string }>(sql`
    update import_jobs set state = 'cancelled', summary = coalesce(summary, '{}'::jsonb) - 'runId', updated_at = now(), finished_at = now()
    where id = ${jobId} and (state not in ('committing', 'done', 'cancelled') or (state = 'committing' and updated_at < ${staleAge}))
    returning id`);
  if (rows.length === 0) throw new DomainError("登録中または完了したインポートは中止できません。");
  await releaseFile(jobId);
}

/** The uploaded file is not needed once a job is done or cancelled. */
export async function releaseFile(jobId: string): Promise<void> {
  await db.delete(importJobChunks).where(eq(importJobChunks.jobId, jobId));
}

export async function clearErrors(jobId: string, database: Database = db): Promise<void> {
  await database.delete(importJobErrors).where(eq(importJobErrors.jobId, jobId));
}

export async function storeErrors(jobId: string, errors: { row: number; column: string | null; message: string }[]): Promise<void> {
  if (errors.length === 0) return;
  await db.insert(importJobErrors).values(errors.map((e) => ({ jobId, rowNumber: e.row, column: e.column, message: e.message })));
}
