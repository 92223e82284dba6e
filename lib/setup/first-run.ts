import "server-only";
import { count, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { requestAddress } from "@/lib/auth/request-address";
import { countAttempt, THROTTLE_LIMITS, THROTTLE_WINDOW_MINUTES, throttleKeys } from "@/lib/auth/throttle";
import { ensureSeededCustomerSettings } from "@/lib/customer-settings/seeded";
import { ensureSeededTemplates } from "@/lib/templates/seeded";
import { DomainError } from "@/lib/errors";
import { firstAdminInput, type FirstAdminInput } from "@/lib/users/model";
import { asDuplicateEmail } from "@/lib/users/unique-email";

/** True only while the installation has no user at all. */
export async function needsFirstRunSetup(): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}

export class SetupAlreadyDoneError extends DomainError {
  constructor() {
    super("初期設定は完了しています。ログインしてください。");
  }
}

/**
 * The one action open to anonymous visitors, and only while no user exists. It also adds
 * the standard templates, statuses, classes and tags, so the new admin starts with working forms. The table lock
 * makes two simultaneous setups create one admin, not two.
 * Hashing is the expensive part, so it comes last: after the check that setup is still
 * open (a count, refused at once afterwards) and a limit per address.
 */
export async function createFirstAdmin(input: FirstAdminInput): Promise<{ id: number }> {
  if (!(await needsFirstRunSetup())) throw new SetupAlreadyDoneError();
  const values = firstAdminInput.parse(input);
  if ((await countAttempt(throttleKeys.setup(await requestAddress()), THROTTLE_LIMITS.setup)) === null) {
    throw new DomainError(`試行回数が多すぎます。${THROTTLE_WINDOW_MINUTES}分ほど待ってからもう一度お試しください。`);
  }
  const passwordHash = await hashPassword(values.password);
  try {
    return await db.transaction(async (tx) => {
      await tx.execute(sql`lock table ${users} in share row exclusive mode`);
      const [row] = await tx.select({ n: count() }).from(users);
      if ((row?.n ?? 0) > 0) throw new SetupAlreadyDoneError();
      const [created] = await tx
        .insert(users)
        .values({ email: values.email, name: values.name, role: "admin", passwordHash })
        .returning({ id: users.id });
      if (!created) throw new Error("insert returned no row");
      await ensureSeededTemplates(tx);
      await ensureSeededCustomerSettings(tx);
      await recordAudit(tx, { actorId: created.id, action: "first_run_setup", entity: "user", entityId: created.id });
      return created;
    });
  } catch (error) {
    throw asDuplicateEmail(error);
  }
}
