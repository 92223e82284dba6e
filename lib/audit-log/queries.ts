import "server-only";
import { and, asc, desc, eq, gt, gte, lt, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { requireAdmin } from "@/lib/auth/current-user";
import { addDays, parseTokyoDate } from "@/lib/shared/tokyo-time";
import { auditFilter, type AuditCursor, type AuditFilter } from "./model";
import { kindCondition } from "./kind-sql";

export const AUDIT_PAGE_SIZE = 50;

export type AuditEntry = {
  id: number;
  at: Date;
  actorId: number | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string;
  diff: Record<string, unknown> | null;
};

/** The filter as SQL (used by the page and the CSV alike). */
export function auditWhere(filter: AuditFilter): SQL | undefined {
  const { actorId, kind, from, to } = auditFilter.parse(filter);
  const start = from ? parseTokyoDate(from) : null;
  const end = to ? parseTokyoDate(to) : null;
  return and(
    actorId ? eq(auditLog.actorId, actorId) : undefined,
    kind ? kindCondition(kind) : undefined,
    start ? gte(auditLog.at, start) : undefined,
    end ? lt(auditLog.at, addDays(end, 1)) : undefined,
  );
}

export const auditColumns = {
  id: auditLog.id,
  at: auditLog.at,
  actorId: auditLog.actorId,
  actorName: users.name,
  action: auditLog.action,
  entity: auditLog.entity,
  entityId: auditLog.entityId,
  diff: auditLog.diff,
};

/**
 * One page of 監査ログ, newest first. Keyset paging by id (the log only grows, so offsets
 * would get slower and shift as entries arrive): `before` gives older entries, `after`
 * newer ones. Admins only.
 */
export async function auditLogPage(
  filter: AuditFilter,
  cursor: AuditCursor = {},
): Promise<{ entries: AuditEntry[]; newer: number | null; older: number | null }> {
  await requireAdmin();
  const where = auditWhere(filter);
  const backwards = cursor.after !== undefined && cursor.before === undefined;
  const rows = await db
    .select(auditColumns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(where, cursor.before ? lt(auditLog.id, cursor.before) : undefined, backwards ? gt(auditLog.id, cursor.after!) : undefined))
    .orderBy(backwards ? asc(auditLog.id) : desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE + 1);
  const more = rows.length > AUDIT_PAGE_SIZE;
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const entries = backwards ? page.reverse() : page;
  const firstId = entries[0]?.id ?? null;
  const lastId = entries[entries.length - 1]?.id ?? null;
  return {
    entries,
    // Paging backwards, "more" means still newer ones; forwards, older ones.
    newer: backwards ? (more ? firstId : null) : cursor.before ? firstId : null,
    older: backwards ? lastId : more ? lastId : null,
  };
}
