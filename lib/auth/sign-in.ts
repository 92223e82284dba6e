import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { clearAccountFailures, isThrottled, recordFailure } from "./throttle";

export type SignInResult =
  | { ok: true; user: { id: number; email: string; name: string } }
  | { ok: false; reason: "invalid" | "throttled" };

/** Checks credentials for the sign-in form. Disabled users are refused like a wrong password. */
export async function verifyCredentials(input: { email: string; password: string; ip: string }): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const subject = { email, ip: input.ip };
  if (!email || !input.password) return { ok: false, reason: "invalid" };
  if (await isThrottled(subject)) return { ok: false, reason: "throttled" };

  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
    .limit(1);
  const valid = user
    ? (await verifyPassword(user.passwordHash, input.password)) && user.disabledAt === null
    : await verifyAgainstDummy(input.password);

  if (!valid || !user) {
    await recordFailure(subject);
    return { ok: false, reason: "invalid" };
  }
  await clearAccountFailures(email);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
