import { z } from "zod";
import { recordId } from "@/lib/validation/record-id";
import { IMPORT_KINDS } from "./mapping";

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
