import { asc } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { requireAdmin } from "@/lib/auth/current-user";

export type UserListItem = Pick<typeof users.$inferSelect, "id" | "email" | "name" | "role" | "disabledAt" | "createdAt">;

export async function listUsers(): Promise<UserListItem[]> {
  await requireAdmin();
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      disabledAt: users.disabledAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .orderBy(asc(users.disabledAt), asc(users.id));
}
