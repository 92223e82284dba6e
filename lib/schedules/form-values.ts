import { toTokyoLocal } from "@/lib/tokyo-time";

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
