import { copyLine } from "./copy-format";
import { DATASET_NOW } from "./customer-rows";
import { createRandom } from "./prng";
import type { Reference } from "./reference";
import { businessTime, HISTORY_DAYS } from "./report-rows";

export const SCHEDULE_COLUMNS = [
  "customer_id",
  "title",
  "starts_at",
  "ends_at",
  "place",
  "note",
  "assignee_id",
  "done_at",
  "version",
  "created_by",
  "created_at",
  "updated_at",
] as const;

const DAY_MS = 24 * 3600 * 1000;
// Appointments run from five years back to three months ahead of the dataset's "now".
const AHEAD_DAYS = 90;
const TITLES = [
  "現場見学会のご案内",
  "プラン打合せ",
  "見積説明",
  "土地の現地案内",
  "契約",
  "地鎮祭",
  "上棟立会い",
  "引渡し",
  "1年点検",
  "電話フォロー",
  "資料お届け",
  "ローン相談",
  "モデルハウス見学",
  "外構打合せ",
  "リフォーム現地調査",
];
const PLACES = ["", "本社ショールーム", "モデルハウス", "お客様宅", "建築現場", "駅前店", "オンライン"];
const NOTES = ["", "", "", "駐車場あり", "ご家族同席", "資料を持参", "雨天時は延期"];

/**
 * COPY lines of `count` schedules in the order of starts_at; those in the past are mostly
 * done. `customerAt` picks the customer of an appointment at a time.
 */
export function* scheduleLines(
  reference: Reference,
  count: number,
  seed: number,
  customerAt: (at: number, random: () => number) => number,
) {
  const random = createRandom(seed);
  const days = HISTORY_DAYS + AHEAD_DAYS;
  const firstDay = DATASET_NOW - HISTORY_DAYS * DAY_MS;
  for (let i = 0; i < count; i++) {
    const startsAt = businessTime(i, count, random, firstDay, days);
    const customerId = customerAt(Math.min(startsAt, DATASET_NOW), random.next);
    const endsAt = random.chance(0.8) ? new Date(startsAt + random.int(1, 4) * 30 * 60_000) : null;
    const done = startsAt < DATASET_NOW && random.chance(0.85) ? new Date(startsAt + 2 * 3600_000) : null;
    const assignee = random.chance(0.95) ? random.pick(reference.userIds) : null;
    const createdAt = new Date(Math.max(firstDay, startsAt - random.int(1, 30) * DAY_MS));
    yield copyLine([
      customerId,
      random.pick(TITLES),
      new Date(startsAt),
      endsAt,
      random.pick(PLACES),
      random.pick(NOTES),
      assignee,
      done,
      1,
      assignee ?? reference.adminId,
      createdAt,
      done ?? createdAt,
    ]);
  }
}
