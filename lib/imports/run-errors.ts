import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { PG_CHECK_VIOLATION, PG_FOREIGN_KEY_VIOLATION, pgErrorCode } from "@/lib/db/pg-error";
import { DomainError } from "@/lib/errors";
import type { RowError } from "./rows";
import { clearErrors, storeErrors } from "./run-state";
import { MAX_STORED_ERRORS } from "./model";

/** A run's failure as the sentence the job shows; unexpected ones are logged with an id. */
export function failureMessage(error: unknown): string {
  if (error instanceof DomainError) return error.message;
  if (error instanceof z.ZodError) return error.issues.map((i) => i.message).join(" / ");
  const code = pgErrorCode(error);
  if (code === PG_FOREIGN_KEY_VIOLATION || code === PG_CHECK_VIOLATION) {
    return "登録中に、行が参照するステータス・客区分・タグ・顧客組織のいずれかが変更または削除されました。データは何も登録されていません。もう一度確認してから登録してください。";
  }
  const id = randomUUID().slice(0, 8);
  console.error(`[import-error ${id}]`, error);
  return `予期しないエラーが発生しました (ID: ${id})。データは何も登録されていません。`;
}

/** Row errors of one run: all counted, the first MAX_STORED_ERRORS kept for the report. */
export class ErrorLog {
  stored = 0;
  rows = 0;
  truncated = false;

  constructor(private readonly jobId: string) {}

  async reset(): Promise<void> {
    await clearErrors(this.jobId);
  }

  async add(errors: RowError[], rowsWithErrors: number): Promise<void> {
    this.rows += rowsWithErrors;
    const room = MAX_STORED_ERRORS - this.stored;
    if (errors.length > room) this.truncated = true;
    const kept = errors.slice(0, Math.max(room, 0));
    this.stored += kept.length;
    await storeErrors(this.jobId, kept);
  }
}
