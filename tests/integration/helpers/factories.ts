import { randomBytes } from "node:crypto";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { runAs } from "@/lib/auth/current-user";

export const TEST_PASSWORD = "correct-horse-battery";
let passwordHash: Promise<string> | undefined;

/** A user with a unique e-mail; each test makes its own. */
export async function createUser(overrides: Partial<typeof users.$inferInsert> = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const [user] = await db
    .insert(users)
    .values({
      email: `user-${randomBytes(4).toString("hex")}@example.test`,
      name: "テスト 太郎",
      role: "member",
      passwordHash: await passwordHash,
      ...overrides,
    })
    .returning();
  if (!user) throw new Error("no user");
  return user;
}

export const asUser = <T>(user: { id: number } | null, fn: () => Promise<T>) => runAs(user?.id ?? null, fn);
