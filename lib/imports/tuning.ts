/** Sizes of the import pipeline: each bounds memory or a transaction, never the file. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
/**
 * A file not imported within this long after its job last moved (uploaded and left, failed,
 * or checked but never committed) is deleted; the job stays in the list as cancelled.
 */
export const UPLOAD_RETENTION_HOURS = 24;
/** The upload is stored in chunks of this size (import_job_chunks). */
export const CHUNK_BYTES = 1024 * 1024;
/** Row errors kept per job for the preview and the error report; all are counted. */
export const MAX_STORED_ERRORS = 100_000;
/** The preview shows this many errors; the rest are in the downloadable report. */
export const PREVIEW_ERRORS = 100;
/** A job whose run has not written progress for this long is shown as interrupted. */
export const STALE_AFTER_MS = 2 * 60 * 1000;
/** One cell (or one unclosed quote) may not grow beyond this: bounds the parser's buffer. */
export const MAX_RECORD_CHARS = 1024 * 1024;

/**
 * Batch sizes, mutable so that tests can make a 20-row file span several batches, and hooks
 * that tests use to fail a commit half-way or to edit a row before it applies (unset in
 * production).
 */
export const importTuning: {
  /** Bytes of files one user may keep waiting (not yet imported or cancelled) at once. */
  pendingBytesPerUser: number;
  rowsPerBatch: number;
  rowsPerApply: number;
  beforeApplyBatch?: (batchIndex: number) => void | Promise<void>;
  afterStage?: () => void | Promise<void>;
} = {
  // Two files of the largest size: room to retry one while another waits, not a disk's worth.
  pendingBytesPerUser: 2 * MAX_IMPORT_BYTES,
  // 2,000 rows: a few MB of values and one multi-row statement per batch.
  rowsPerBatch: 2000,
  // Rows moved from the staging table per statement inside the commit transaction.
  rowsPerApply: 10_000,
};
