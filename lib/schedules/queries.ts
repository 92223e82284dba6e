import "server-only";
import { and, asc, desc, eq, gte, isNotNull, isNull, lt, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { customers, schedules, users } from "@/db/schema";
import { requireUser } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/errors";
import { addDays, tokyoDayStart, tokyoWeekStart } from "@/lib/shared/tokyo-time";
import type { ScheduleListState, ScheduleRange } from "@/lib/schedules/model/list";
import { scheduleTone, type ScheduleTone } from "@/lib/schedules/model/list";

export const SCHEDULE_PAGE_SIZE = 50;

export type ScheduleItem = {
  id: number;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  place: string;
  note: string;
  doneAt: Date | null;
  version: number;
  customer: { id: number; name: string };
  assignee: { id: number; name: string } | null;
  tone: ScheduleTone;
};

const columns = {
  id: schedules.id,
  title: schedules.title,
  startsAt: schedules.startsAt,
  endsAt: schedules.endsAt,
  place: schedules.place,
  note: schedules.note,
  doneAt: schedules.doneAt,
  version: schedules.version,
  customer: { id: customers.id, name: customers.name },
  assigneeId: schedules.assigneeId,
  assigneeName: users.name,
};

function base() {
  return db
    .select(columns)
    .from(schedules)
    .innerJoin(customers, eq(customers.id, schedules.customerId))
    .leftJoin(users, eq(users.id, schedules.assigneeId));
}

type Row = Awaited<ReturnType<ReturnType<typeof base>["execute"]>>[number];

function toItem({ assigneeId, assigneeName, ...row }: Row, now: Date): ScheduleItem {
  return { ...row, assignee: assigneeId && assigneeName ? { id: assigneeId, name: assigneeName } : null, tone: scheduleTone(row, now) };
}

// Raw SQL gets the instant as ISO text: postgres.js cannot bind a Date outside a typed column.

/** Overdue: undone and its end (or start) has passed. starts_at < now lets the index narrow first. */
function overdue(now: Date): SQL {
  return and(
    isNull(schedules.doneAt),
    lt(schedules.startsAt, now),
    sql`coalesce(${schedules.endsAt}, ${schedules.startsAt}) < ${now.toISOString()}::timestamptz`,
  )!;
}

function rangeQuery(range: ScheduleRange, now: Date): { where: SQL; order: SQL[] } {
  const today = tokyoDayStart(now);
  const week = tokyoWeekStart(now);
  switch (range) {
    case "today":
      return {
        where: and(gte(schedules.startsAt, today), lt(schedules.startsAt, addDays(today, 1)))!,
        order: [asc(schedules.startsAt), asc(schedules.id)],
      };
    case "week":
      return {
        where: and(gte(schedules.startsAt, week), lt(schedules.startsAt, addDays(week, 7)))!,
        order: [asc(schedules.startsAt), asc(schedules.id)],
      };
    case "upcoming":
      return {
        where: and(
          isNull(schedules.doneAt),
          sql`coalesce(${schedules.endsAt}, ${schedules.startsAt}) >= ${now.toISOString()}::timestamptz`,
        )!,
        order: [asc(schedules.startsAt), asc(schedules.id)],
      };
    case "overdue":
      return { where: overdue(now), order: [desc(schedules.startsAt), desc(schedules.id)] };
    case "done":
      return { where: isNotNull(schedules.doneAt), order: [desc(schedules.doneAt), desc(schedules.id)] };
  }
}

/** 予定一覧: one period, the signed-in user's or everyone's, a page at a time. */
export async function listSchedules(
  state: ScheduleListState,
  now: Date = new Date(),
): Promise<{ rows: ScheduleItem[]; total: number; overdueCount: number }> {
  const me = await requireUser();
  const { where, order } = rangeQuery(state.range, now);
  const mine = state.who === "mine" ? eq(schedules.assigneeId, me.id) : undefined;
  const [rows, [count], [late]] = await Promise.all([
    base()
      .where(and(where, mine))
      .orderBy(...order)
      .limit(SCHEDULE_PAGE_SIZE)
      .offset((state.page - 1) * SCHEDULE_PAGE_SIZE),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(schedules)
      .where(and(where, mine)),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(schedules)
      .where(and(overdue(now), mine)),
  ]);
  return { rows: rows.map((r) => toItem(r, now)), total: count?.n ?? 0, overdueCount: late?.n ?? 0 };
}

/** 今後の予定 on a customer's detail: what is still to do, overdue first, then by time. */
export async function openSchedulesOf(
  customerId: number,
  limit = 5,
  now: Date = new Date(),
): Promise<{ rows: ScheduleItem[]; total: number }> {
  await requireUser();
  const where = and(eq(schedules.customerId, customerId), isNull(schedules.doneAt));
  const [rows, [count]] = await Promise.all([
    base().where(where).orderBy(asc(schedules.startsAt), asc(schedules.id)).limit(limit),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(schedules)
      .where(where),
  ]);
  return { rows: rows.map((r) => toItem(r, now)), total: count?.n ?? 0 };
}

export async function getSchedule(id: number): Promise<ScheduleItem> {
  await requireUser();
  const [row] = await base().where(eq(schedules.id, id));
  if (!row) throw new NotFoundError("予定");
  return toItem(row, new Date());
}
