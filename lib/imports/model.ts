import type { FieldDefinition } from "@/lib/templates/model/definition";
import { z } from "zod";
import { recordId } from "@/lib/shared/validation/record-id";

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

// Shared by the browser (the mapping step) and the server (which checks it again).

export const IMPORT_KINDS = ["organization", "customer"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_KIND_LABELS: Record<ImportKind, string> = { organization: "顧客組織", customer: "顧客" };

/** Customer attributes outside the template; "@" cannot start a field key. */
export const ATTRIBUTE_TARGETS = {
  status: "@status",
  class: "@class",
  tags: "@tags",
  important: "@important",
  organization: "@organization",
} as const;
export type AttributeTarget = (typeof ATTRIBUTE_TARGETS)[keyof typeof ATTRIBUTE_TARGETS];

export type ImportTarget = { value: string; label: string; required: boolean; hint?: string };

const ATTRIBUTE_LABELS: Record<AttributeTarget, { label: string; hint: string }> = {
  "@status": { label: "ステータス", hint: "名前で指定(空欄は既定のステータス)" },
  "@class": { label: "客区分", hint: "名前で指定" },
  "@tags": { label: "タグ", hint: "名前を ; で区切って5個まで" },
  "@important": { label: "重要顧客", hint: "1 / はい / ★ で重要" },
  "@organization": { label: "所属組織", hint: "顧客組織の名前で指定" },
};

/** Everything a CSV column can be imported into, in the form's order. */
export function importTargets(kind: ImportKind, fields: readonly FieldDefinition[], withOrganization: boolean): ImportTarget[] {
  const targets: ImportTarget[] = fields.map((f) => ({ value: f.key, label: f.label, required: f.required, hint: f.helpText }));
  if (kind === "customer") {
    const attributes: AttributeTarget[] = ["@status", "@class", "@tags", "@important"];
    if (withOrganization) attributes.push("@organization");
    for (const value of attributes) targets.push({ value, ...ATTRIBUTE_LABELS[value], required: false });
  }
  return targets;
}

/** Field types that can identify a record for duplicate handling (besides the name). */
const KEY_TYPES = new Set<FieldDefinition["type"]>(["text", "email", "tel", "postal", "url"]);

export function duplicateKeyChoices(fields: readonly FieldDefinition[]): { value: string; label: string }[] {
  return fields.filter((f) => f.key === "name" || (!f.builtin && KEY_TYPES.has(f.type))).map((f) => ({ value: f.key, label: f.label }));
}

/** Header words people use for each target, beyond the template's own labels. */
const ALIASES: Record<ImportKind, Record<string, string[]>> = {
  organization: {
    name: ["組織名", "会社名", "法人名", "社名", "名称", "名前", "取引先名"],
    nameKana: ["フリガナ", "ふりがな", "カナ", "よみがな", "ヨミガナ", "読み", "ヨミ", "組織名カナ", "会社名カナ"],
    searchKeywords: ["検索用キーワード", "検索キーワード", "キーワード"],
  },
  customer: {
    name: ["氏名", "名前", "お名前", "顧客名", "姓名"],
    nameKana: ["フリガナ", "ふりがな", "カナ", "よみがな", "ヨミガナ", "読み", "ヨミ", "氏名カナ"],
    searchKeywords: ["検索用キーワード", "検索キーワード", "キーワード"],
    "@status": ["ステータス", "状態"],
    "@class": ["客区分", "顧客区分", "区分", "ランク"],
    "@tags": ["タグ"],
    "@important": ["重要", "重要顧客", "重要マーク"],
    "@organization": ["所属組織", "組織", "組織名", "会社名", "会社", "法人名", "取引先"],
  },
};

/** 「 検索 キーワード（必須）」 and 「検索キーワード」 compare equal. */
export function normalizeHeader(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[(\[【].*?[)\]】]/g, "")
    .replace(/[\s_・:：*＊\-]/g, "");
}

/**
 * The target of each column, matched by the template's labels first, then by common header
 * words; each target is taken by the first column that matches it. "" leaves a column out.
 */
export function autoMapping(kind: ImportKind, headers: readonly string[], targets: readonly ImportTarget[]): string[] {
  const byWord = new Map<string, string>();
  for (const t of targets) if (!byWord.has(normalizeHeader(t.label))) byWord.set(normalizeHeader(t.label), t.value);
  const available = new Set(targets.map((t) => t.value));
  for (const [target, words] of Object.entries(ALIASES[kind])) {
    if (!available.has(target)) continue;
    for (const word of words) if (!byWord.has(normalizeHeader(word))) byWord.set(normalizeHeader(word), target);
  }
  const taken = new Set<string>();
  return headers.map((header) => {
    const target = byWord.get(normalizeHeader(header));
    if (!target || taken.has(target)) return "";
    taken.add(target);
    return target;
  });
}

/** What is wrong with a mapping, in Japanese; an empty list means it can be used. */
export function mappingProblems(
  columns: readonly string[],
  targets: readonly ImportTarget[],
  duplicate: { mode: string; key: string },
): string[] {
  const problems: string[] = [];
  const known = new Map(targets.map((t) => [t.value, t]));
  const used = new Map<string, number>();
  columns.forEach((target, index) => {
    if (!target) return;
    const found = known.get(target);
    if (!found) problems.push(`${index + 1}列目の取り込み先が選択肢にありません。選び直してください。`);
    else if (used.has(target))
      problems.push(`「${found.label}」に2つの列(${used.get(target)! + 1}列目と${index + 1}列目)が選ばれています。`);
    else used.set(target, index);
  });
  for (const t of targets) if (t.required && !used.has(t.value)) problems.push(`必須項目「${t.label}」に対応する列を選んでください。`);
  if (duplicate.mode !== "create" && !used.has(duplicate.key)) {
    problems.push(`重複の判定に使う「${known.get(duplicate.key)?.label ?? duplicate.key}」に対応する列を選んでください。`);
  }
  return problems;
}

export const DUPLICATE_MODES = ["skip", "update", "create"] as const;
export type DuplicateMode = (typeof DUPLICATE_MODES)[number];

export const DUPLICATE_MODE_LABELS: Record<DuplicateMode, { label: string; description: string }> = {
  skip: { label: "スキップする", description: "同じものが登録済み(またはファイル内で先に出てきた)行は取り込みません" },
  update: { label: "上書きする", description: "登録済みのものを、ファイルの列の値で更新します(選んでいない項目はそのまま)" },
  create: { label: "別に登録する", description: "重複を確かめず、すべての行を新しく登録します" },
};

const jobId = z.uuid({ message: "インポートが見つかりません" });

export const importKind = z.enum(IMPORT_KINDS, { message: "インポートの種類を指定してください" });

/** The user's choices of the mapping step, stored on the job (import_jobs.options). */
export const importOptions = z.object({
  templateId: recordId("テンプレートを選んでください"),
  /** One target per CSV column: a field key, an attribute ("@status" …) or "" to leave it out. */
  columns: z.array(z.string().max(60)).max(1000),
  duplicateMode: z.enum(DUPLICATE_MODES, { message: "重複の扱いを選んでください" }),
  duplicateKey: z.string().min(1).max(60).default("name"),
  /** Customers: the status of a new customer whose status cell is empty or not mapped. */
  defaultStatusId: recordId("ステータスを選び直してください").optional(),
});
export type ImportOptions = z.output<typeof importOptions>;

export const configureImportInput = importOptions.extend({ jobId });
export const commitImportInput = z.object({
  jobId,
  /** The user agreed to leave out the rows the preview reported as errors. */
  skipErrorRows: z
    .union([z.boolean(), z.enum(["true", "false", "on"])])
    .default(false)
    .transform((v) => v === true || v === "true" || v === "on"),
});
export const importJobIdInput = z.object({ jobId });

export type ConfigureImportInput = z.input<typeof configureImportInput>;
export type CommitImportInput = z.input<typeof commitImportInput>;

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
