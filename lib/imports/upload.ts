import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { importJobChunks, importJobs } from "@/db/schema";
import { requireUser } from "@/lib/auth/current-user";
import { DomainError } from "@/lib/errors";
import { requireFeature } from "@/lib/features/queries";
import { EncodingSniffer, type FileEncoding } from "./encoding";
import { importKind, CHUNK_BYTES, MAX_IMPORT_BYTES } from "./model";
import { jobView, type ImportJobView } from "./jobs";
import type { ImportKind } from "./model";
import { assertRoomForUpload, expireAbandonedUploads, storeChunkWithinQuota } from "./retention";
import { fileRecords } from "./source";

const SAMPLE_ROWS = 3;
const MAX_COLUMNS = 1000;
const MB = 1024 * 1024;

export class FileTooLargeError extends DomainError {
  constructor() {
    super(
      `ファイルが大きすぎます。${MAX_IMPORT_BYTES / MB} MB までの CSV ファイルを選んでください(大きなファイルは分けてインポートしてください)。`,
    );
    this.name = "FileTooLargeError";
  }
}

function cleanFileName(name: string): string {
  const base =
    name
      .replace(/[\u0000-\u001f\u007f]/g, "")
      .split(/[\\/]/)
      .pop()
      ?.trim() ?? "";
  return (base || "import.csv").slice(0, 200);
}

/**
 * Writes the body into ~1 MB chunks as it arrives; the file is never whole in memory. Each
 * chunk counts against the user's waiting bytes (the whole file may not be declared).
 */
async function storeChunks(
  jobId: string,
  userId: number,
  body: AsyncIterable<Uint8Array>,
): Promise<{ size: number; encoding: FileEncoding }> {
  const sniffer = new EncodingSniffer();
  let buffer = new Uint8Array(CHUNK_BYTES);
  let filled = 0;
  let size = 0;
  let seq = 0;
  const flush = async () => {
    if (filled === 0) return;
    const data = buffer.subarray(0, filled);
    sniffer.feed(data);
    const stored = size;
    await storeChunkWithinQuota(
      userId,
      async (tx) => {
        await tx.insert(importJobChunks).values({ jobId, seq: seq++, data: Buffer.from(data.buffer, data.byteOffset, data.byteLength) });
        await tx
          .update(importJobs)
          .set({ fileSize: stored, updatedAt: sql`now()` })
          .where(eq(importJobs.id, jobId));
      },
      data.byteLength,
    );
    buffer = new Uint8Array(CHUNK_BYTES);
    filled = 0;
  };
  for await (const piece of body) {
    size += piece.byteLength;
    if (size > MAX_IMPORT_BYTES) throw new FileTooLargeError();
    let offset = 0;
    while (offset < piece.byteLength) {
      const take = Math.min(CHUNK_BYTES - filled, piece.byteLength - offset);
      buffer.set(piece.subarray(offset, offset + take), filled);
      filled += take;
      offset += take;
      if (filled === CHUNK_BYTES) await flush();
    }
  }
  await flush();
  if (size === 0) throw new DomainError("ファイルが空です。1行目に見出し、2行目からデータが入った CSV ファイルを選んでください。");
  return { size, encoding: sniffer.finish() };
}

/** The header and the first rows, read from the stored chunks (stops as soon as it has them). */
async function headerAndSample(jobId: string, encoding: FileEncoding): Promise<{ headers: string[]; sample: string[][] }> {
  let headers: string[] | null = null;
  const sample: string[][] = [];
  for await (const record of fileRecords(jobId, encoding)) {
    if (record.row === 1) headers = record.cells.map((h, i) => h.trim() || `(${i + 1}列目)`);
    else if (record.cells.some((c) => c.trim() !== "")) sample.push(record.cells);
    if (sample.length >= SAMPLE_ROWS) break;
  }
  if (!headers || headers.every((h) => /^\(\d+列目\)$/.test(h)))
    throw new DomainError("1行目に見出し(列の名前)がありません。1行目を見出しにした CSV ファイルを選んでください。");
  if (headers.length > MAX_COLUMNS) throw new DomainError(`列が多すぎます(${MAX_COLUMNS}列まで)。`);
  return { headers, sample };
}

/**
 * POST /api/imports: stores an uploaded CSV as a new job, detects its encoding and reads
 * its header. Any failure removes the job, so a refused file leaves nothing behind.
 */
export async function receiveUpload(input: {
  kind: ImportKind;
  fileName: string;
  declaredSize?: number | null;
  body: AsyncIterable<Uint8Array>;
}): Promise<ImportJobView> {
  const user = await requireUser();
  const kind = importKind.parse(input.kind);
  if (kind === "organization") await requireFeature("organizations");
  if ((input.declaredSize ?? 0) > MAX_IMPORT_BYTES) throw new FileTooLargeError();
  await expireAbandonedUploads();
  await assertRoomForUpload(user.id, input.declaredSize ?? 0);
  const [job] = await db
    .insert(importJobs)
    .values({ kind, fileName: cleanFileName(input.fileName), createdBy: user.id })
    .returning();
  if (!job) throw new Error("import job insert returned no row");
  try {
    const { size, encoding } = await storeChunks(job.id, user.id, input.body);
    const { headers, sample } = await headerAndSample(job.id, encoding);
    const [updated] = await db
      .update(importJobs)
      .set({ state: "uploaded", fileSize: size, encoding, headers, summary: { sample }, updatedAt: sql`now()` })
      .where(eq(importJobs.id, job.id))
      .returning();
    return jobView({ ...updated!, stale: false });
  } catch (error) {
    await db.delete(importJobs).where(eq(importJobs.id, job.id));
    throw error;
  }
}
