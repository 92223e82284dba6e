import "server-only";
import { and, asc, eq, gte } from "drizzle-orm";
import { db, type Database } from "@/db/client";
import { importJobChunks } from "@/db/schema";
import { csvRecords, type CsvRecord } from "./csv-records";
import { decodeChunks, type FileEncoding } from "./encoding";

// Chunks per query: a few megabytes in memory at a time.
const CHUNKS_PER_READ = 4;

/** The stored file, chunk by chunk in upload order; `onBytes` counts what has been read. */
export async function* storedChunks(jobId: string, onBytes?: (bytes: number) => void, database: Database = db): AsyncGenerator<Uint8Array> {
  let next = 0;
  for (;;) {
    const rows = await database
      .select({ seq: importJobChunks.seq, data: importJobChunks.data })
      .from(importJobChunks)
      .where(and(eq(importJobChunks.jobId, jobId), gte(importJobChunks.seq, next)))
      .orderBy(asc(importJobChunks.seq))
      .limit(CHUNKS_PER_READ);
    for (const row of rows) {
      onBytes?.(row.data.byteLength);
      yield row.data;
    }
    if (rows.length < CHUNKS_PER_READ) return;
    next = rows[rows.length - 1]!.seq + 1;
  }
}

export function fileRecords(jobId: string, encoding: FileEncoding, onBytes?: (bytes: number) => void): AsyncGenerator<CsvRecord> {
  return csvRecords(decodeChunks(storedChunks(jobId, onBytes), encoding));
}

// PGlite answers in microtasks, and so do the parser's streams: without a macrotask
// between batches a long import would starve timers and sockets, and the server would
// answer no request (not even the progress poll) until it ended.
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The data rows (the header is row 1) in batches, so that each batch is one round of queries. */
export async function* dataBatches(records: AsyncIterable<CsvRecord>, size: number): AsyncGenerator<CsvRecord[]> {
  let batch: CsvRecord[] = [];
  for await (const record of records) {
    if (record.row === 1) continue;
    batch.push(record);
    if (batch.length >= size) {
      await yieldToEventLoop();
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
