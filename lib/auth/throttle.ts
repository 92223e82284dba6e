import { and, eq, gt, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { signInThrottle } from "@/db/schema";

/** Failed sign-ins allowed per window before further attempts are refused. */
export const THROTTLE_LIMITS = { account: 5, ip: 30 } as const;
export const THROTTLE_WINDOW_MINUTES = 15;

export type ThrottleSubject = { email: string; ip: string };

function keys({ email, ip }: ThrottleSubject) {
  return { account: `account:${email.trim().toLowerCase()}`, ip: `ip:${ip}` };
}

const windowStart = sql`now() - make_interval(mins => ${THROTTLE_WINDOW_MINUTES})`;

export async function isThrottled(subject: ThrottleSubject): Promise<boolean> {
  const k = keys(subject);
  const rows = await db
    .select({ key: signInThrottle.key, failures: signInThrottle.failures })
    .from(signInThrottle)
    .where(and(inArray(signInThrottle.key, [k.account, k.ip]), gt(signInThrottle.windowStartedAt, windowStart)));
  return rows.some((r) =>
    r.key === k.account ? r.failures >= THROTTLE_LIMITS.account : r.failures >= THROTTLE_LIMITS.ip,
  );
}

/** Counts one failure for the account and the address; atomic under concurrent requests. */
export async function recordFailure(subject: ThrottleSubject): Promise<void> {
  const k = keys(subject);
  for (const key of [k.account, k.ip]) {
    await db
      .insert(signInThrottle)
      .values({ key, failures: 1, windowStartedAt: sql`now()` })
      .onConflictDoUpdate({
        target: signInThrottle.key,
        set: {
          // An expired window starts again at one.
          failures: sql`case when ${signInThrottle.windowStartedAt} > ${windowStart} then ${signInThrottle.failures} + 1 else 1 end`,
          windowStartedAt: sql`case when ${signInThrottle.windowStartedAt} > ${windowStart} then ${signInThrottle.windowStartedAt} else now() end`,
        },
      });
  }
}

/** A successful sign-in forgives the account, not the address. */
export async function clearAccountFailures(email: string): Promise<void> {
  await db.delete(signInThrottle).where(eq(signInThrottle.key, keys({ email, ip: "" }).account));
}
