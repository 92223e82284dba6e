import "server-only";
import { eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { schedules, users } from "@/db/schema";
import { formatDateTime } from "@/lib/shared/format";
import { scheduleTone, TONE_LABELS } from "@/lib/schedules/model/list";
import type { TimelineDetail, TimelineLoader } from "./model";

/** 予定 on a timeline: its title and state (予定 / 期限切れ / 完了), place, 担当者, a link to edit. */
export const scheduleLoader: TimelineLoader = async (ids) => {
  const rows = await db
    .select({
      id: schedules.id,
      title: schedules.title,
      startsAt: schedules.startsAt,
      endsAt: schedules.endsAt,
      place: schedules.place,
      doneAt: schedules.doneAt,
      assignee: users.name,
    })
    .from(schedules)
    .leftJoin(users, eq(users.id, schedules.assigneeId))
    .where(inArray(schedules.id, ids));
  const now = new Date();
  return new Map(
    rows.map((r): [number, TimelineDetail] => {
      const tone = scheduleTone(r, now);
      const lines = [
        r.endsAt ? `終了: ${formatDateTime(r.endsAt)}` : "",
        r.place ? `場所: ${r.place}` : "",
        `担当者: ${r.assignee ?? "未定"}`,
        r.doneAt ? `完了: ${formatDateTime(r.doneAt)}` : "",
      ].filter(Boolean);
      return [r.id, { title: `【${TONE_LABELS[tone]}】${r.title}`, lines, href: `/schedules/${r.id}/edit?from=customer`, tone }];
    }),
  );
};
