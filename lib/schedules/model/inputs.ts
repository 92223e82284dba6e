import { z } from "zod";
import { recordId, optionalRecordId, recordVersion } from "@/lib/shared/validation/record-id";
import { parseTokyoLocal, toTokyoLocal } from "@/lib/shared/tokyo-time";

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
