import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db, type Database } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { requireAdmin } from "@/lib/auth/current-user";
import { hashPassword } from "@/lib/auth/password";
import { endSessions } from "@/lib/auth/sessions";
import { clearAccountLocks } from "@/lib/auth/throttle";
import { DomainError, NotFoundError } from "@/lib/errors";
import {
  containsEmail,
  EMAIL_IN_PASSWORD,
  changeRoleInput,
  newUserInput,
  setDisabledInput,
  temporaryPasswordInput,
  unlockUserInput,
  type NewUserInput,
  type TemporaryPasswordInput,
} from "./model";
import { asDuplicateEmail } from "./unique-email";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** A new user; with `mustChangePassword` (the default) the password the admin chose is only a temporary one. */
export async function createUser(input: NewUserInput): Promise<{ id: number }> {
  const actor = await requireAdmin();
  const values = newUserInput.parse(input);
  const passwordHash = await hashPassword(values.password);
  try {
    return await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(users)
        .values({ email: values.email, name: values.name, role: values.role, passwordHash, mustChangePassword: values.mustChangePassword })
        .returning({ id: users.id });
      if (!created) throw new Error("insert returned no row");
      await recordAudit(tx, {
        actorId: actor.id,
        action: "create",
        entity: "user",
        entityId: created.id,
        diff: { role: values.role, mustChangePassword: values.mustChangePassword },
      });
      return created;
    });
  } catch (error) {
    throw asDuplicateEmail(error);
  }
}

/**
 * Refuses a change that would leave no active admin. Active admins are locked first, so two
 * admins demoting each other at the same moment cannot both succeed.
 */
async function assertAnotherActiveAdmin(tx: Tx, userId: number): Promise<void> {
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), isNull(users.disabledAt)))
    .for("update");
  if (!admins.some((a) => a.id !== userId)) {
    throw new DomainError("最後の管理者は変更できません。先に別のユーザーを管理者にしてください。");
  }
}

async function lockUser(tx: Tx, userId: number) {
  const [user] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
  if (!user) throw new NotFoundError("ユーザー");
  return user;
}

/** A role change also ends the user's sessions: they sign in again under the new role. */
export async function changeUserRole(input: { userId: number; role: "admin" | "member" }): Promise<void> {
  const actor = await requireAdmin();
  const { userId, role } = changeRoleInput.parse(input);
  await db.transaction(async (tx) => {
    const user = await lockUser(tx, userId);
    if (user.role === role) return;
    if (user.role === "admin" && user.disabledAt === null) await assertAnotherActiveAdmin(tx, userId);
    await tx
      .update(users)
      .set({ role, updatedAt: sql`now()` })
      .where(eq(users.id, userId));
    await endSessions(tx, userId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "change_role",
      entity: "user",
      entityId: userId,
      diff: { from: user.role, to: role },
    });
  });
}

/** Disabling ends every session for good: enabling the user again does not revive them. */
export async function setUserDisabled(input: { userId: number; disabled: boolean }): Promise<void> {
  const actor = await requireAdmin();
  const { userId, disabled } = setDisabledInput.parse(input);
  await db.transaction(async (tx) => {
    const user = await lockUser(tx, userId);
    if ((user.disabledAt !== null) === disabled) return;
    if (disabled && user.role === "admin") await assertAnotherActiveAdmin(tx, userId);
    await tx
      .update(users)
      .set({ disabledAt: disabled ? sql`now()` : null, updatedAt: sql`now()` })
      .where(eq(users.id, userId));
    if (disabled) await endSessions(tx, userId);
    await recordAudit(tx, { actorId: actor.id, action: disabled ? "disable" : "enable", entity: "user", entityId: userId });
  });
}

/**
 * An admin's reset for a user who forgot the password: a temporary one the user must
 * replace at the next sign-in. It also ends the user's sessions and lifts sign-in locks.
 */
export async function setTemporaryPassword(input: TemporaryPasswordInput): Promise<void> {
  const actor = await requireAdmin();
  const { userId, password } = temporaryPasswordInput.parse(input);
  if (userId === actor.id) throw new DomainError("自分のパスワードは「パスワード変更」から変更してください。");
  const [target] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  if (!target) throw new NotFoundError("ユーザー");
  if (containsEmail(password, target.email)) throw new DomainError(EMAIL_IN_PASSWORD, { password: [EMAIL_IN_PASSWORD] });
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const user = await lockUser(tx, userId);
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, passwordChangedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(users.id, userId));
    await endSessions(tx, userId);
    await clearAccountLocks(tx, user.email.toLowerCase());
    await recordAudit(tx, { actorId: actor.id, action: "set_temporary_password", entity: "user", entityId: userId });
  });
}

/** Lifts the sign-in locks and delays of a user (from every address), e.g. after an attack. */
export async function unlockUserSignIn(input: { userId: number }): Promise<void> {
  const actor = await requireAdmin();
  const { userId } = unlockUserInput.parse(input);
  await db.transaction(async (tx) => {
    const user = await lockUser(tx, userId);
    await clearAccountLocks(tx, user.email.toLowerCase());
    await recordAudit(tx, { actorId: actor.id, action: "unlock", entity: "user", entityId: userId });
  });
}
