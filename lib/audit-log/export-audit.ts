import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { auditLog } from "@/db/schema";

/** What the entry of a download says: which list, with which filter and encoding. */
export type ExportSubject = { entity: string; entityId: string | number; details: Record<string, unknown> };

export type ExportAudit = {
  /** Passes the row batches through, counting their rows. */
  track<T>(batches: AsyncIterable<T[]>): AsyncGenerator<T[]>;
  /** Passes the download's chunks through; records the count and how it ended when it ends. */
  guard<T>(chunks: AsyncGenerator<T>): AsyncGenerator<T>;
};

async function finish(id: number, rows: number, status: "completed" | "interrupted"): Promise<void> {
  await db.execute(
    sql`update audit_log set diff = coalesce(diff, '{}'::jsonb) || ${JSON.stringify({ rows, status })}::jsonb where id = ${id}`,
  );
}

/**
 * Records a download of personal data before its first row leaves, so that even a
 * download cut off half-way is on record; the number of rows sent is added when it ends
 * (status "completed", or "interrupted" when the reader gave up or a query failed).
 * An export writes nothing else, so the entry is the only change it makes.
 */
export async function startExportAudit(actorId: number, subject: ExportSubject): Promise<ExportAudit> {
  const [entry] = await db
    .insert(auditLog)
    .values({
      actorId,
      action: "export",
      entity: subject.entity,
      entityId: String(subject.entityId),
      diff: { ...subject.details, rows: 0, status: "started" },
    })
    .returning({ id: auditLog.id });
  const id = entry!.id;
  let rows = 0;
  return {
    async *track<T>(batches: AsyncIterable<T[]>) {
      for await (const batch of batches) {
        rows += batch.length;
        yield batch;
      }
    },
    async *guard<T>(chunks: AsyncGenerator<T>) {
      let completed = false;
      try {
        yield* chunks;
        completed = true;
      } finally {
        await finish(id, rows, completed ? "completed" : "interrupted").catch((error: unknown) => console.error("[export-audit]", error));
      }
    },
  };
}
