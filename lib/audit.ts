import "server-only";
import type { Database } from "@/db/client";
import { auditLog } from "@/db/schema";

export type AuditEntry = {
  actorId: number | null;
  action: string;
  entity: string;
  entityId: string | number;
  diff?: Record<string, unknown>;
};

/** Written inside the caller's transaction, so the record and the change land together. */
export async function recordAudit(tx: Pick<Database, "insert">, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({ ...entry, entityId: String(entry.entityId) });
}
