import { bigint, customType, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

export const importKind = pgEnum("import_kind", ["organization", "customer"]);
export const importState = pgEnum("import_state", [
  "uploading",
  "uploaded",
  "validating",
  "validated",
  "committing",
  "done",
  "failed",
  "cancelled",
]);

/**
 * A CSV import: its file, settings, progress and errors live here (not in a server's memory),
 * so a reload or another app server sees the same job.
 */
export const importJobs = pgTable(
  "import_jobs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: importKind("kind").notNull(),
    state: importState("state").notNull().default("uploading"),
    fileName: text("file_name").notNull(),
    fileSize: bigint("file_size", { mode: "number" }).notNull().default(0),
    encoding: text("encoding"),
    /** Column mapping, duplicate handling and the template chosen by the user. */
    options: jsonb("options").$type<Record<string, unknown>>().notNull().default({}),
    headers: jsonb("headers").$type<string[]>(),
    totalRows: integer("total_rows"),
    processedRows: integer("processed_rows").notNull().default(0),
    errorCount: integer("error_count").notNull().default(0),
    /** The first errors, for the preview; the full report is built from import_job_errors. */
    summary: jsonb("summary").$type<Record<string, unknown>>(),
    message: text("message"),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("import_jobs_created_idx").on(t.createdBy, t.createdAt.desc())],
);

/** The uploaded file in ordered chunks: bounded memory on upload and on every read. */
export const importJobChunks = pgTable(
  "import_job_chunks",
  {
    jobId: uuid("job_id")
      .notNull()
      .references(() => importJobs.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    data: bytea("data").notNull(),
  },
  (t) => [index("import_job_chunks_job_idx").on(t.jobId, t.seq)],
);

/** Per-row errors of a dry run, for the preview and the downloadable error report. */
export const importJobErrors = pgTable(
  "import_job_errors",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    jobId: uuid("job_id")
      .notNull()
      .references(() => importJobs.id, { onDelete: "cascade" }),
    rowNumber: integer("row_number").notNull(),
    column: text("column"),
    message: text("message").notNull(),
  },
  (t) => [index("import_job_errors_job_idx").on(t.jobId, t.rowNumber)],
);
