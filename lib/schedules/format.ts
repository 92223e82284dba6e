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
