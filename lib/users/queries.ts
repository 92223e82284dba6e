import "server-only";
import { asc } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { requireAdmin } from "@/lib/auth/current-user";
import { lockedEmails } from "@/lib/auth/throttle";

export type UserListItem = Pick<
  typeof users.$inferSelect,
  "id" | "email" | "name" | "role" | "disabledAt" | "createdAt" | "mustChangePassword"
> & {
  /** Sign-in refused right now from some address (or delayed from all): an admin can lift it. */
  signInLocked: boolean;
};

export async function listUsers(): Promise<UserListItem[]> {
  await requireAdmin();
  const [rows, locked] = await Promise.all([
    db
      .select({
        id: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        disabledAt: users.disabledAt,
        createdAt: users.createdAt,
        mustChangePassword: users.mustChangePassword,
      })
      .from(users)
      .orderBy(asc(users.disabledAt), asc(users.id)),
    lockedEmails(),
  ]);
  return rows.map((u) => ({ ...u, signInLocked: locked.has(u.email.toLowerCase()) }));
}
