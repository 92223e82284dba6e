import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { signInThrottle, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { requireSignedIn } from "@/lib/auth/current-user";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { renewSessionCookie } from "@/lib/auth/session-cookie";
import { endSessions } from "@/lib/auth/sessions";
import { countAttempt, THROTTLE_LIMITS, THROTTLE_WINDOW_MINUTES } from "@/lib/auth/throttle";
import { DomainError } from "@/lib/errors";
import { changePasswordInput, type ChangePasswordInput, containsEmail, EMAIL_IN_PASSWORD } from "./model";

function fieldError(field: keyof ChangePasswordInput, message: string): DomainError {
  return new DomainError(message, { [field]: [message] });
}

/**
 * Changes the signed-in user's own password (also the one a temporary password requires).
 * The current password is checked, at most five times a quarter hour: a session left open
 * on a shared computer must not become a way to guess it. Every other session ends; this
 * browser gets a token of the new session version.
 */
export async function changeOwnPassword(input: ChangePasswordInput): Promise<void> {
  const me = await requireSignedIn();
  const values = changePasswordInput.parse(input);
  if (containsEmail(values.newPassword, me.email)) throw fieldError("newPassword", EMAIL_IN_PASSWORD);
  const throttleKey = `password:${me.id}`;
  if ((await countAttempt(throttleKey, THROTTLE_LIMITS.pair)) === null) {
    throw new DomainError(`現在のパスワードの誤りが続いたため、${THROTTLE_WINDOW_MINUTES}分ほど待ってからもう一度お試しください。`);
  }
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, me.id));
  if (!row || !(await verifyPassword(row.passwordHash, values.currentPassword)))
    throw fieldError("currentPassword", "現在のパスワードが正しくありません");
  if (values.newPassword === values.currentPassword)
    throw fieldError("newPassword", "新しいパスワードは現在のパスワードと違うものにしてください");

  const passwordHash = await hashPassword(values.newPassword);
  const sessionVersion = await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, passwordChangedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(users.id, me.id));
    await tx.delete(signInThrottle).where(eq(signInThrottle.key, throttleKey));
    await recordAudit(tx, {
      actorId: me.id,
      action: "change_password",
      entity: "user",
      entityId: me.id,
      diff: { required: me.mustChangePassword },
    });
    return endSessions(tx, me.id);
  });
  await renewSessionCookie(sessionVersion);
}
