import "server-only";
import { asc } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { requireUser } from "@/lib/auth/current-user";

export type UserChoice = { id: number; name: string; disabled: boolean };

/**
 * Staff names for 作成者 filters and 担当者 pickers, open to every member (the user list of
 * 設定 is admin-only and carries e-mail addresses). Disabled users stay, marked, because
 * their reports and schedules remain.
 */
export async function userChoices(): Promise<UserChoice[]> {
  await requireUser();
  const rows = await db
    .select({ id: users.id, name: users.name, disabledAt: users.disabledAt })
    .from(users)
    .orderBy(asc(users.disabledAt), asc(users.id));
  return rows.map((r) => ({ id: r.id, name: r.name, disabled: r.disabledAt !== null }));
}
