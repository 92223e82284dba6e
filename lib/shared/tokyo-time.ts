// Wall-clock times in Asia/Tokyo, as <input type="datetime-local"> shows and sends them.
// Japan has kept +09:00 without daylight saving since 1951, so a fixed offset is exact.
const OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;

/** 2026-04-01T09:30 (Tokyo) → the instant; null for anything else or an impossible date. */
export function parseTokyoLocal(value: string): Date | null {
  const m = LOCAL.exec(value.normalize("NFKC").trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = [+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!];
  if (h > 23 || mi > 59) return null;
  const utc = Date.UTC(y, mo - 1, d, h, mi) - OFFSET_MS;
  const back = new Date(utc + OFFSET_MS);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return new Date(utc);
}

/** The instant as a datetime-local value in Tokyo: 2026-04-01T09:30. */
export function toTokyoLocal(date: Date): string {
  return new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 16);
}

/** 2026-04-01 (a date input's value) → midnight of that day in Tokyo. */
export function parseTokyoDate(value: string): Date | null {
  return parseTokyoLocal(`${value}T00:00`);
}

/** Midnight (Tokyo) of the day holding `date`. */
export function tokyoDayStart(date: Date): Date {
  return new Date(Math.floor((date.getTime() + OFFSET_MS) / DAY_MS) * DAY_MS - OFFSET_MS);
}

/** Monday 00:00 (Tokyo) of the week holding `date`: Japanese calendars start the work week on Monday. */
export function tokyoWeekStart(date: Date): Date {
  const day = tokyoDayStart(date);
  const weekday = new Date(day.getTime() + OFFSET_MS).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** The Tokyo calendar day of an instant, as a key for grouping: 2026-04-01. */
export function tokyoDayKey(date: Date): string {
  return toTokyoLocal(date).slice(0, 10);
}
