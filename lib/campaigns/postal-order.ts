import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { campaignTargets } from "@/db/schema";

/**
 * The order of a bulk mailing (郵便区分): by 〒, targets without one last, then by kana. The
 * list, the labels and the CSV all use it, so a printed label can be found on screen.
 */
export const postalOrder: SQL[] = [
  sql`(${campaignTargets.snapshot}->>'postalCode') = ''`,
  sql`${campaignTargets.snapshot}->>'postalCode' collate "C"`,
  sql`${campaignTargets.snapshot}->>'nameKana' collate "C"`,
  sql`${campaignTargets.id}`,
];
