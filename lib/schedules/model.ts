import { z } from "zod";
import { recordId, optionalRecordId, recordVersion } from "@/lib/shared/validation/record-id";
import { parseTokyoLocal, toTokyoLocal } from "@/lib/shared/tokyo-time";
import { firstParam as first, pageParam, type ParamValue } from "@/lib/shared/search-params";

const id = recordId("予定が見つかりません");
const version = recordVersion;

/** A datetime-local value (Tokyo wall clock), or an instant from server code; empty is null. */
function localTime(label: string, required: boolean) {
  return z.unknown().transform((value, ctx): Date | null => {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
    if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) {
      if (required) ctx.addIssue({ code: "custom", message: `${label}を入力してください` });
      return null;
    }
    const at = typeof value === "string" ? parseTokyoLocal(value) : null;
    if (!at) {
      ctx.addIssue({ code: "custom", message: `${label}の形式が正しくありません(例: 2026-04-01 09:30)` });
      return z.NEVER;
    }
    return at;
  });
}

/** A schedule's own values: when (start, optional end), what, where, a memo, and who handles it. */
export const scheduleFields = z.object({
  customerId: recordId("顧客を選択してください"),
  title: z
    .string({ message: "件名を入力してください" })
    .trim()
    .min(1, "件名を入力してください")
    .max(100, "件名は100文字以内で入力してください"),
  startsAt: localTime("開始日時", true),
  endsAt: localTime("終了日時", false).default(null),
  place: z.string().trim().max(200, "場所は200文字以内で入力してください").default(""),
  note: z.string().trim().max(2000, "メモは2000文字以内で入力してください").default(""),
  assigneeId: optionalRecordId("担当者を選択し直してください").default(null),
});

type Times = { startsAt: Date | null; endsAt: Date | null };

/** An end never comes before the start. */
function checkTimes(value: Times, ctx: z.RefinementCtx) {
  if (value.startsAt && value.endsAt && value.endsAt.getTime() < value.startsAt.getTime())
    ctx.addIssue({ code: "custom", path: ["endsAt"], message: "終了日時は開始日時より後にしてください" });
}

const started = <T extends Times>(value: T) => ({ ...value, startsAt: value.startsAt as Date });

export const createScheduleInput = scheduleFields.superRefine(checkTimes).transform(started);
export const updateScheduleInput = scheduleFields.extend({ id, version }).superRefine(checkTimes).transform(started);
export const deleteScheduleInput = z.object({ id, version });
export const setScheduleDoneInput = z.object({ id, done: z.boolean() });
export const scheduleIdInput = z.object({ id });

export type CreateScheduleInput = z.input<typeof createScheduleInput>;
export type UpdateScheduleInput = z.input<typeof updateScheduleInput>;

/** What the schedule form holds: the inputs' own strings. */
export type ScheduleFormValues = {
  customerId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  place: string;
  note: string;
  assigneeId: string;
};

/** The start of the next whole hour: a new schedule's usual first guess. */
export function nextWholeHour(now: Date = new Date()): Date {
  const hour = 60 * 60 * 1000;
  return new Date(Math.floor(now.getTime() / hour) * hour + hour);
}

export function initialScheduleFormValues(
  record: {
    customerId: number | null;
    title?: string;
    startsAt?: Date;
    endsAt?: Date | null;
    place?: string;
    note?: string;
    assigneeId: number | null;
  },
  now: Date = new Date(),
): ScheduleFormValues {
  return {
    customerId: record.customerId ? String(record.customerId) : "",
    title: record.title ?? "",
    startsAt: toTokyoLocal(record.startsAt ?? nextWholeHour(now)),
    endsAt: record.endsAt ? toTokyoLocal(record.endsAt) : "",
    place: record.place ?? "",
    note: record.note ?? "",
    assigneeId: record.assigneeId ? String(record.assigneeId) : "",
  };
}

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
