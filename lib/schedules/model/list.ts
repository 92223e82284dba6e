import { firstParam as first, pageParam, type ParamValue } from "@/lib/shared/search-params";

/** 予定一覧's state, as the URL holds it: which period, whose, which page. */
export const SCHEDULE_RANGES = ["today", "week", "upcoming", "overdue", "done"] as const;
export type ScheduleRange = (typeof SCHEDULE_RANGES)[number];

export const RANGE_LABELS: Record<ScheduleRange, string> = {
  today: "今日",
  week: "今週",
  upcoming: "今後すべて",
  overdue: "期限切れ",
  done: "完了済み",
};

export type ScheduleWho = "mine" | "all";
export type ScheduleListState = { range: ScheduleRange; who: ScheduleWho; page: number };

type Params = Record<string, ParamValue>;

/** Never throws: anything unknown falls back to this week's schedules of the signed-in user. */
export function parseScheduleListState(params: Params): ScheduleListState {
  const range = first(params.range);
  return {
    range: (SCHEDULE_RANGES as readonly string[]).includes(range ?? "") ? (range as ScheduleRange) : "week",
    who: first(params.who) === "all" ? "all" : "mine",
    page: pageParam(params.page),
  };
}

export function scheduleListStateToSearch(state: Partial<ScheduleListState>): string {
  const params = new URLSearchParams();
  if (state.range && state.range !== "week") params.set("range", state.range);
  if (state.who === "all") params.set("who", "all");
  if (state.page && state.page > 1) params.set("page", String(state.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

const TIME_ZONE = "Asia/Tokyo";
const time = new Intl.DateTimeFormat("ja-JP", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit" });
const day = new Intl.DateTimeFormat("ja-JP", { timeZone: TIME_ZONE, year: "numeric", month: "long", day: "numeric", weekday: "short" });
const shortDay = new Intl.DateTimeFormat("ja-JP", { timeZone: TIME_ZONE, month: "numeric", day: "numeric", weekday: "short" });

/** 14:05 in Tokyo. */
export function formatTime(value: Date): string {
  return time.format(value);
}

/** 2026年11月24日(火): a day heading of 予定一覧. */
export function formatDayHeading(value: Date): string {
  return day.format(value);
}

/**
 * When a schedule happens, as short as is clear: 11/24(火) 14:00〜15:30, or with the end's
 * day too when it ends on another day.
 */
export function formatScheduleTime(startsAt: Date, endsAt: Date | null): string {
  const start = `${shortDay.format(startsAt)} ${formatTime(startsAt)}`;
  if (!endsAt) return start;
  const sameDay = shortDay.format(startsAt) === shortDay.format(endsAt) && Math.abs(endsAt.getTime() - startsAt.getTime()) < 86_400_000;
  return `${start}〜${sameDay ? formatTime(endsAt) : `${shortDay.format(endsAt)} ${formatTime(endsAt)}`}`;
}

/** How a schedule stands now: done, overdue (its time has passed undone), or still ahead. */
export type ScheduleTone = "done" | "overdue" | "upcoming";

export function scheduleTone(schedule: { startsAt: Date; endsAt: Date | null; doneAt: Date | null }, now: Date = new Date()): ScheduleTone {
  if (schedule.doneAt) return "done";
  return (schedule.endsAt ?? schedule.startsAt).getTime() < now.getTime() ? "overdue" : "upcoming";
}

export const TONE_LABELS: Record<ScheduleTone, string> = { done: "完了", overdue: "期限切れ", upcoming: "予定" };
