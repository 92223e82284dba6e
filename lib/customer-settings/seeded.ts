import "server-only";
import { count } from "drizzle-orm";
import type { Database } from "@/db/client";
import { customerClasses, statuses, tags } from "@/db/schema";
import type { ChipColor } from "@/lib/customer-settings/model/colors";

type Seed = { name: string; color: ChipColor };

/** A home builder's lifecycle: a new installation starts with it and renames what differs. */
export const SEEDED_STATUSES: Seed[] = [
  { name: "新規顧客", color: "blue" },
  { name: "追客中", color: "amber" },
  { name: "商談中", color: "orange" },
  { name: "契約", color: "green" },
  { name: "新築オーナー客", color: "teal" },
  { name: "リフォームオーナー客", color: "violet" },
];

export const SEEDED_CLASSES: Seed[] = [
  { name: "Aランク", color: "red" },
  { name: "Bランク", color: "orange" },
  { name: "Cランク", color: "amber" },
  { name: "ランク保留", color: "gray" },
  { name: "ランク外", color: "gray" },
  { name: "失注", color: "pink" },
];

export const SEEDED_TAGS: Seed[] = [
  { name: "新築", color: "blue" },
  { name: "リフォーム", color: "green" },
  { name: "WEB資料請求", color: "indigo" },
  { name: "紹介", color: "pink" },
  { name: "面談済", color: "teal" },
  { name: "現場見学会", color: "amber" },
  { name: "OB宅案内", color: "violet" },
];

/**
 * Adds the standard lists to an installation that has none of a kind (first-run setup and
 * the demo seed). A customer needs a status, so an empty status list would block 顧客追加.
 */
export async function ensureSeededCustomerSettings(tx: Database): Promise<void> {
  const [statusCount] = await tx.select({ n: count() }).from(statuses);
  if (!statusCount?.n) await tx.insert(statuses).values(SEEDED_STATUSES.map((s, i) => ({ ...s, position: i + 1 })));
  const [classCount] = await tx.select({ n: count() }).from(customerClasses);
  if (!classCount?.n) await tx.insert(customerClasses).values(SEEDED_CLASSES.map((s, i) => ({ ...s, position: i + 1 })));
  const [tagCount] = await tx.select({ n: count() }).from(tags);
  if (!tagCount?.n) await tx.insert(tags).values(SEEDED_TAGS);
}
