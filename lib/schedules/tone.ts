/** How a schedule stands now: done, overdue (its time has passed undone), or still ahead. */
export type ScheduleTone = "done" | "overdue" | "upcoming";

export function scheduleTone(schedule: { startsAt: Date; endsAt: Date | null; doneAt: Date | null }, now: Date = new Date()): ScheduleTone {
  if (schedule.doneAt) return "done";
  return (schedule.endsAt ?? schedule.startsAt).getTime() < now.getTime() ? "overdue" : "upcoming";
}

export const TONE_LABELS: Record<ScheduleTone, string> = { done: "完了", overdue: "期限切れ", upcoming: "予定" };
