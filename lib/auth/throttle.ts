import "server-only";
import { eq, like, or, sql, type SQL } from "drizzle-orm";
import { db, type Database } from "@/db/client";
import { queryRows } from "@/db/rows";
import { signInThrottle } from "@/db/schema";

/** Attempts per window: an account from one address, one address over all accounts, setup. */
export const THROTTLE_LIMITS = { pair: 5, address: 30, setup: 10 } as const;
export const THROTTLE_WINDOW_MINUTES = 15;
/**
 * An account from any address: this many attempts pass, then each further one waits twice
 * as long as the last (30 s, 1 min, 2 min … at most 15 min). A delay, not a lock: anyone can
 * trigger it, so it stays short at first and never applies at the user's own known addresses.
 * The count is forgotten after a day without attempts, and by a successful sign-in.
 */
export const ACCOUNT_DELAY = { freeAttempts: 5, firstSeconds: 30, maxSeconds: 15 * 60, forgetAfterHours: 24 } as const;

type Executor = Pick<Database, "execute">;

export const throttleKeys = {
  pair: (email: string, address: string) => `pair:${email}|${address}`,
  address: (address: string) => `ip:${address}`,
  account: (email: string) => `account:${email}`,
  setup: (address: string) => `setup:${address}`,
};

/**
 * Counts one attempt of a key that allows `limit` per window, in one statement: the row
 * lock of the upsert makes parallel requests take turns, so no more than `limit` ever pass.
 * Returns the attempt's number in the window, or null (nothing counted) at the limit.
 */
export async function countAttempt(key: string, limit: number, executor: Executor = db): Promise<number | null> {
  const current = sql`sign_in_throttle.window_started_at > now() - make_interval(mins => ${THROTTLE_WINDOW_MINUTES}::int)`;
  const rows = await queryRows<{ attempts: number }>(
    sql`insert into sign_in_throttle (key, attempts, window_started_at) values (${key}, 1, now())
      on conflict (key) do update set
        attempts = case when ${current} then sign_in_throttle.attempts + 1 else 1 end,
        window_started_at = case when ${current} then sign_in_throttle.window_started_at else now() end
      where not (${current}) or sign_in_throttle.attempts < ${limit}::int
      returning attempts`,
    executor,
  );
  return rows[0]?.attempts ?? null;
}

function delayAfter(attempt: SQL): SQL {
  const { freeAttempts, firstSeconds, maxSeconds } = ACCOUNT_DELAY;
  return sql`case when ${attempt} < ${freeAttempts}::int then null
    else now() + make_interval(secs => least(${firstSeconds}::float8 * power(2, ${attempt} - ${freeAttempts}::int), ${maxSeconds}::float8)) end`;
}

/**
 * Counts one attempt on an account from an address not known for it, unless the account
 * is waiting out its delay (null then). For these keys window_started_at is the last attempt.
 */
async function countAccountAttempt(key: string, executor: Executor): Promise<number | null> {
  const remembered = sql`sign_in_throttle.window_started_at > now() - make_interval(hours => ${ACCOUNT_DELAY.forgetAfterHours}::int)`;
  const next = sql`(case when ${remembered} then sign_in_throttle.attempts + 1 else 1 end)`;
  const rows = await queryRows<{ attempts: number }>(
    sql`insert into sign_in_throttle (key, attempts, window_started_at, blocked_until) values (${key}, 1, now(), ${delayAfter(sql`1`)})
      on conflict (key) do update set attempts = ${next}, window_started_at = now(), blocked_until = ${delayAfter(next)}
      where sign_in_throttle.blocked_until is null or sign_in_throttle.blocked_until <= now()
      returning attempts`,
    executor,
  );
  return rows[0]?.attempts ?? null;
}

export type SignInSubject = { email: string; address: string; knownAddress: boolean };
export type Reservation = { ok: true; limitReached: boolean } | { ok: false; reason: "throttled" | "delayed" };

class Refused extends Error {
  constructor(readonly reason: "throttled" | "delayed") {
    super(reason);
  }
}

/**
 * Counts a sign-in attempt before its password is checked, on every key at once: if one
 * key refuses, the transaction takes back what the others counted. Keys are always taken in
 * the same order (pair, address, account), so concurrent reservations cannot deadlock.
 * `limitReached`: this attempt is the last one a key allows (a lock follows if it fails).
 */
export async function reserveSignInAttempt(subject: SignInSubject): Promise<Reservation> {
  try {
    return await db.transaction(async (tx) => {
      const pair = await countAttempt(throttleKeys.pair(subject.email, subject.address), THROTTLE_LIMITS.pair, tx);
      if (pair === null) throw new Refused("throttled");
      const address = await countAttempt(throttleKeys.address(subject.address), THROTTLE_LIMITS.address, tx);
      if (address === null) throw new Refused("throttled");
      const account = subject.knownAddress ? null : await countAccountAttempt(throttleKeys.account(subject.email), tx);
      if (!subject.knownAddress && account === null) throw new Refused("delayed");
      const limitReached = pair === THROTTLE_LIMITS.pair || address === THROTTLE_LIMITS.address || account === ACCOUNT_DELAY.freeAttempts;
      return { ok: true as const, limitReached };
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason };
    throw error;
  }
}

/**
 * A successful sign-in forgives the account (from every address' pair it used here, and
 * its delay) and takes its own attempt back from the address, which keeps counting the
 * failures of everyone behind it.
 */
export async function forgiveSignIn(tx: Executor, subject: { email: string; address: string }): Promise<void> {
  await tx.execute(
    sql`delete from sign_in_throttle where key in (${throttleKeys.pair(subject.email, subject.address)}, ${throttleKeys.account(subject.email)})`,
  );
  await tx.execute(
    sql`update sign_in_throttle set attempts = greatest(attempts - 1, 0) where key = ${throttleKeys.address(subject.address)}`,
  );
}

/** An admin's unlock: the account's delay and its per-address locks, from every address. */
export async function clearAccountLocks(tx: Pick<Database, "delete">, email: string): Promise<void> {
  const pairs = `${throttleKeys.pair(email, "").replace(/[\\%_]/g, "\\$&")}%`;
  await tx.delete(signInThrottle).where(or(eq(signInThrottle.key, throttleKeys.account(email)), like(signInThrottle.key, pairs)));
}

/** E-mails (lower case) whose sign-in is refused right now, from some address or from all. */
export async function lockedEmails(): Promise<Set<string>> {
  const rows = await queryRows<{ email: string }>(sql`
    select substring(key from 9) as email from sign_in_throttle
      where key like 'account:%' and blocked_until > now()
    union
    select regexp_replace(substring(key from 6), '\|[^|]*$', '') from sign_in_throttle
      where key like 'pair:%' and attempts >= ${THROTTLE_LIMITS.pair}::int
        and window_started_at > now() - make_interval(mins => ${THROTTLE_WINDOW_MINUTES}::int)`);
  return new Set(rows.map((r) => r.email));
}

/** Counters nobody will look at again: every window and delay they could matter for is over. */
export async function pruneThrottle(): Promise<void> {
  await db.execute(sql`delete from sign_in_throttle
    where window_started_at < now() - make_interval(hours => ${ACCOUNT_DELAY.forgetAfterHours}::int)
      and (blocked_until is null or blocked_until < now())`);
}
