import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { customers, timelineEntries } from "@/db/schema";
import type { TimelineKind } from "@/lib/timeline/model";
import { requireUser } from "@/lib/auth/current-user";
import { requireOrganizations } from "@/lib/organizations/guard";
import { decodeCursor, encodeCursor } from "./model";
import type { TimelineItem } from "./model";
import { TIMELINE_LOADERS } from "./loaders";

export const TIMELINE_PAGE_SIZE = 20;

export type TimelineScope = { customerId: number } | { organizationId: number };
export type TimelinePage = { items: TimelineItem[]; nextCursor: string | null };

/**
 * A page of a customer's history, or of an organization's (all its current members merged),
 * newest first. One index range of timeline_entries whatever the number of members; the
 * details come from each kind's loader.
 */
export async function timelinePage(scope: TimelineScope, cursorParam?: string | null, limit = TIMELINE_PAGE_SIZE): Promise<TimelinePage> {
  if ("organizationId" in scope) await requireOrganizations();
  else await requireUser();
  const cursor = decodeCursor(cursorParam);
  const owner =
    "organizationId" in scope ? eq(timelineEntries.organizationId, scope.organizationId) : eq(timelineEntries.customerId, scope.customerId);
  const kinds = Object.keys(TIMELINE_LOADERS) as TimelineKind[];
  const entries = await db
    .select({
      id: timelineEntries.id,
      kind: timelineEntries.kind,
      refId: timelineEntries.refId,
      occurredAt: timelineEntries.occurredAt,
      exactAt: sql<string>`${timelineEntries.occurredAt}::text`,
      customerId: timelineEntries.customerId,
      customerName: customers.name,
    })
    .from(timelineEntries)
    .innerJoin(customers, eq(customers.id, timelineEntries.customerId))
    .where(
      and(
        owner,
        inArray(timelineEntries.kind, kinds),
        cursor ? sql`(${timelineEntries.occurredAt}, ${timelineEntries.id}) < (${cursor.at}::timestamptz, ${cursor.id})` : undefined,
      ),
    )
    .orderBy(desc(timelineEntries.occurredAt), desc(timelineEntries.id))
    .limit(limit + 1);
  const page = entries.slice(0, limit);
  // Each kind's details in one query, all kinds at once.
  const details = new Map(
    await Promise.all(
      kinds.flatMap((kind) => {
        const ids = page.filter((e) => e.kind === kind).map((e) => e.refId);
        return ids.length ? [TIMELINE_LOADERS[kind]!(ids).then((found) => [kind, found] as const)] : [];
      }),
    ),
  );
  const items = page.flatMap((e): TimelineItem[] => {
    const detail = details.get(e.kind)?.get(e.refId);
    return detail
      ? [{ entryId: e.id, kind: e.kind, occurredAt: e.occurredAt, customer: { id: e.customerId, name: e.customerName }, ...detail }]
      : [];
  });
  const last = page.at(-1);
  return { items, nextCursor: entries.length > limit && last ? encodeCursor({ at: last.exactAt, id: last.id }) : null };
}
