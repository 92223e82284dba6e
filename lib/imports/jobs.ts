import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { importJobErrors, importJobs } from "@/db/schema";
import { requireUser, type SessionUser } from "@/lib/auth/current-user";
import { requireFeature } from "@/lib/features/queries";
import { NotFoundError } from "@/lib/errors";
import { ENCODING_LABELS, type FileEncoding } from "./encoding";
import {
  importJobIdInput,
  importKind,
  type ImportOptions,
  readSummary,
  type ImportCounts,
  type ImportPhase,
  PREVIEW_ERRORS,
  STALE_AFTER_MS,
} from "./model";
import type { ImportKind } from "./model";

export type ImportJobRow = typeof importJobs.$inferSelect;
export type ImportState = ImportJobRow["state"];

/** A job whose validating or committing run stopped reporting (its server stopped). */
const stale = sql<boolean>`${importJobs.state} in ('validating', 'committing') and ${importJobs.updatedAt} < now() - make_interval(secs => ${STALE_AFTER_MS / 1000})`;

/**
 * A job of the signed-in user (admins see everyone's). Organization imports need the
 * 顧客組織 feature on; someone else's job reads as missing rather than forbidden.
 */
export async function loadJobFor(user: SessionUser, jobId: string): Promise<ImportJobRow & { stale: boolean }> {
  const { jobId: id } = importJobIdInput.parse({ jobId });
  const [job] = await db.select({ job: importJobs, stale }).from(importJobs).where(eq(importJobs.id, id));
  if (!job || (job.job.createdBy !== user.id && user.role !== "admin")) throw new NotFoundError("インポート");
  if (job.job.kind === "organization") await requireFeature("organizations");
  return { ...job.job, stale: job.stale };
}

export async function authorizeJob(jobId: string) {
  const user = await requireUser();
  return { user, job: await loadJobFor(user, jobId) };
}

export type ImportErrorView = { row: number; column: string | null; message: string };

export type ImportJobView = {
  id: string;
  kind: ImportKind;
  /** "interrupted": the run stopped reporting; it can be run again. */
  state: ImportState | "interrupted";
  fileName: string;
  fileSize: number;
  encoding: FileEncoding | null;
  encodingLabel: string | null;
  headers: string[];
  sample: string[][];
  options: ImportOptions | null;
  totalRows: number | null;
  processedRows: number;
  errorCount: number;
  preview: ImportCounts | null;
  result: ImportCounts | null;
  phase: ImportPhase | null;
  /** 0–100 while a run works, null otherwise. */
  percent: number | null;
  message: string | null;
  failedPhase: "validate" | "commit" | null;
  fileUnreadable: boolean;
  errors: ImportErrorView[];
  errorsTruncated: boolean;
  createdAt: string;
  finishedAt: string | null;
};

function percentOf(job: ImportJobRow, phase: ImportPhase | undefined, bytesRead: number): number | null {
  if (job.state !== "validating" && job.state !== "committing") return null;
  const total = Math.max(job.totalRows ?? 0, 1);
  const share = (n: number) => Math.min(1, Math.max(0, n));
  if (job.state === "validating") return Math.floor(100 * share(bytesRead / Math.max(job.fileSize, 1)));
  // Committing: reading and staging rows is most of the work; the transaction the rest.
  if (phase === "apply") return Math.floor(80 + 20 * share(job.processedRows / total));
  return Math.floor(80 * share(job.processedRows / total));
}

export async function jobView(job: ImportJobRow & { stale: boolean }): Promise<ImportJobView> {
  const summary = readSummary(job.summary);
  const showErrors = job.errorCount > 0 && ["validated", "done", "failed"].includes(job.state);
  const errors = showErrors
    ? await db
        .select({ row: importJobErrors.rowNumber, column: importJobErrors.column, message: importJobErrors.message })
        .from(importJobErrors)
        .where(eq(importJobErrors.jobId, job.id))
        .orderBy(asc(importJobErrors.rowNumber), asc(importJobErrors.id))
        .limit(PREVIEW_ERRORS)
    : [];
  const encoding = job.encoding === "utf8" || job.encoding === "cp932" ? job.encoding : null;
  const hasOptions = job.options && Array.isArray((job.options as { columns?: unknown }).columns);
  return {
    id: job.id,
    kind: job.kind,
    state: job.stale ? "interrupted" : job.state,
    fileName: job.fileName,
    fileSize: job.fileSize,
    encoding,
    encodingLabel: encoding ? ENCODING_LABELS[encoding] : null,
    headers: job.headers ?? [],
    sample: summary.sample ?? [],
    options: hasOptions ? (job.options as ImportOptions) : null,
    totalRows: job.totalRows,
    processedRows: job.processedRows,
    errorCount: job.errorCount,
    preview: summary.preview ?? null,
    result: summary.result ?? null,
    phase: summary.phase ?? null,
    percent: job.stale ? null : percentOf(job, summary.phase, summary.bytesRead ?? 0),
    message: job.stale
      ? "処理が途中で止まりました(サーバーの再起動などによるものです)。データは何も登録されていません。もう一度実行してください。"
      : job.message,
    failedPhase: job.stale ? (job.state === "committing" ? "commit" : "validate") : (summary.failedPhase ?? null),
    fileUnreadable: !job.stale && summary.fileUnreadable === true,
    errors,
    errorsTruncated: summary.errorsTruncated ?? false,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

/** GET /api/imports/[id]: what the import page polls. */
export async function getImportJob(jobId: string): Promise<ImportJobView> {
  const { job } = await authorizeJob(jobId);
  return jobView(job);
}

export type ImportJobListItem = { id: string; kind: ImportKind; state: ImportState | "interrupted"; fileName: string; createdAt: string };

/** The user's latest imports of a kind, to come back to one after leaving the page. */
export async function listRecentImports(kind: ImportKind, limit = 5): Promise<ImportJobListItem[]> {
  const user = await requireUser();
  const chosen = importKind.parse(kind);
  if (chosen === "organization") await requireFeature("organizations");
  const rows = await db
    .select({
      id: importJobs.id,
      kind: importJobs.kind,
      state: importJobs.state,
      fileName: importJobs.fileName,
      createdAt: importJobs.createdAt,
      stale,
    })
    .from(importJobs)
    .where(and(eq(importJobs.kind, chosen), eq(importJobs.createdBy, user.id)))
    .orderBy(desc(importJobs.createdAt))
    .limit(Math.min(limit, 50));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    state: r.stale ? "interrupted" : r.state,
    fileName: r.fileName,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** The job named in an import page's URL, or null when it is not this user's or not this page's kind. */
export async function importJobForPage(kind: ImportKind, jobId: string | undefined): Promise<ImportJobView | null> {
  if (!jobId || !importJobIdInput.safeParse({ jobId }).success) return null;
  const view = await getImportJob(jobId).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  return view?.kind === kind ? view : null;
}
