import "server-only";
import { sql } from "drizzle-orm";
import { db, type Database } from "@/db/client";
import { queryRows } from "@/db/rows";
import { DomainError } from "@/lib/errors";
import { importTuning, UPLOAD_RETENTION_HOURS } from "./model";

const MB = 1024 * 1024;

/** States whose job still holds its file in import_job_chunks. */
const HOLDING_FILE = sql`('uploading', 'uploaded', 'validating', 'validated', 'committing', 'failed')`;

export class UploadQuotaError extends DomainError {
  constructor() {
    super(
      `インポート待ちのファイルが合計${Math.round(importTuning.pendingBytesPerUser / MB)} MBに達しています。` +
        "登録が済んでいないインポートを完了するか中止してから、もう一度アップロードしてください(操作のないファイルは" +
        `${UPLOAD_RETENTION_HOURS}時間後に自動で削除されます)。`,
    );
    this.name = "UploadQuotaError";
  }
}

/**
 * Deletes the files nobody will import: uploads cut off an hour ago (their jobs go), and
 * files whose job has not moved for UPLOAD_RETENTION_HOURS (uploaded and left, failed, or
 * checked but never committed; their jobs stay, cancelled, with a message saying why), and
 * the files of finished jobs. Runs before every upload and periodically (lib/maintenance.ts).
 */
export async function expireAbandonedUploads(): Promise<{ expired: number }> {
  await db.execute(sql`delete from import_jobs where state = 'uploading' and updated_at < now() - interval '1 hour'`);
  const expired = await queryRows<{ id: string }>(sql`
    update import_jobs set state = 'cancelled', finished_at = now(), updated_at = now(),
      summary = coalesce(summary, '{}'::jsonb) - 'runId',
      message = ${`${UPLOAD_RETENTION_HOURS}時間操作がなかったため、アップロードされたファイルを削除しました。続けるには、もう一度ファイルをアップロードしてください。`}
    where state in ('uploaded', 'validating', 'validated', 'committing', 'failed')
      and updated_at < now() - make_interval(hours => ${UPLOAD_RETENTION_HOURS}::int)
    returning id`);
  await db.execute(sql`delete from import_job_chunks where job_id in (select id from import_jobs where state in ('done', 'cancelled'))`);
  return { expired: expired.length };
}

/** Bytes of the user's files that wait for an import (or a retry). */
async function pendingBytes(userId: number, executor: Pick<Database, "execute"> = db): Promise<number> {
  const [row] = await queryRows<{ bytes: number }>(
    sql`select coalesce(sum(file_size), 0)::float8 as bytes from import_jobs where created_by = ${userId} and state in ${HOLDING_FILE}`,
    executor,
  );
  return row?.bytes ?? 0;
}

/**
 * Stores one chunk of a user's upload unless it would take the user's waiting files past
 * the limit. A per-user advisory lock makes parallel uploads of one user take turns here,
 * so together they cannot pass the limit either.
 */
export async function storeChunkWithinQuota(
  userId: number,
  write: (tx: Pick<Database, "insert" | "update">) => Promise<void>,
  addedBytes: number,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('import-upload-quota'), ${userId}::int)`);
    if ((await pendingBytes(userId, tx)) + addedBytes > importTuning.pendingBytesPerUser) throw new UploadQuotaError();
    await write(tx);
  });
}

/** Refuses an upload whose declared size alone would not fit (before a byte is stored). */
export async function assertRoomForUpload(userId: number, declaredSize: number): Promise<void> {
  if ((await pendingBytes(userId)) + declaredSize > importTuning.pendingBytesPerUser) throw new UploadQuotaError();
}
