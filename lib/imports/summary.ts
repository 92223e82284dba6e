/** The outcome of each row: what the preview predicts and what the commit did. */
export type ImportCounts = { created: number; updated: number; skipped: number; errors: number };

export const EMPTY_COUNTS: ImportCounts = { created: 0, updated: 0, skipped: 0, errors: 0 };

export type ImportPhase = "validate" | "stage" | "apply";

/** import_jobs.summary: what a run reports beside the columns of the job. */
export type ImportSummary = {
  /** The first data rows, shown beside the mapping. */
  sample?: string[][];
  /** The run that owns the job now; a superseded run stops at its next progress report. */
  runId?: string;
  phase?: ImportPhase;
  bytesRead?: number;
  /** Counts of the last dry run (the preview). */
  preview?: ImportCounts;
  /** Counts of the commit. */
  result?: ImportCounts;
  failedPhase?: "validate" | "commit";
  /** The file itself cannot be read as CSV: only another file helps. */
  fileUnreadable?: boolean;
  errorsTruncated?: boolean;
};

export function readSummary(value: unknown): ImportSummary {
  return value && typeof value === "object" ? (value as ImportSummary) : {};
}
