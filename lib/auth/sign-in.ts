import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { queryRows } from "@/db/rows";
import { recordAudit } from "@/lib/audit";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { forgiveSignIn, reserveSignInAttempt } from "./throttle";

export type SignInResult =
  | { ok: true; user: { id: number; email: string; name: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "throttled" | "delayed" };

/** A known address stays known this long after its last successful sign-in. */
const KNOWN_ADDRESS_DAYS = 90;
// Longer than any password the forms accept: refused without spending a hash on it.
const MAX_PASSWORD_LENGTH = 1024;

type Candidate = {
  id: number;
  email: string;
  name: string;
  password_hash: string;
  disabled: boolean;
  session_version: number;
  known: boolean;
};

async function findCandidate(email: string, address: string): Promise<Candidate | undefined> {
  const [row] = await queryRows<Candidate>(sql`
    select u.id, u.email, u.name, u.password_hash, u.disabled_at is not null as disabled, u.session_version,
      exists (select 1 from sign_in_known_addresses k where k.user_id = u.id and k.address = ${address}
        and k.last_sign_in_at > now() - make_interval(days => ${KNOWN_ADDRESS_DAYS}::int)) as known
    from users u where lower(u.email) = ${email} limit 1`);
  return row;
}

async function acceptSignIn(user: Candidate, address: string): Promise<void> {
  await db.transaction(async (tx) => {
    await forgiveSignIn(tx, { email: user.email.toLowerCase(), address });
    await tx.execute(sql`insert into sign_in_known_addresses (user_id, address) values (${user.id}, ${address})
      on conflict (user_id, address) do update set last_sign_in_at = now()`);
    await recordAudit(tx, { actorId: user.id, action: "sign_in", entity: "user", entityId: user.id, diff: { address } });
  });
}

async function recordFailure(user: Candidate | undefined, email: string, address: string, limitReached: boolean): Promise<void> {
  await db.transaction(async (tx) => {
    const entry = {
      actorId: user?.id ?? null,
      entity: "user",
      entityId: user?.id ?? email.slice(0, 254),
      diff: { email: email.slice(0, 254), address },
    };
    await recordAudit(tx, { ...entry, action: "sign_in_failed" });
    if (limitReached) await recordAudit(tx, { ...entry, action: "sign_in_locked" });
  });
}

/**
 * Checks credentials for the sign-in form. The attempt is counted before the password is
 * checked, so a burst of parallel guesses gets no more checks than the limits allow.
 * Disabled users and unknown e-mails are refused like a wrong password, at the same cost.
 */
export async function verifyCredentials(input: { email: string; password: string; ip: string }): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  if (!email || !input.password || email.length > 254 || input.password.length > MAX_PASSWORD_LENGTH)
    return { ok: false, reason: "invalid" };
  const user = await findCandidate(email, input.ip);
  const reservation = await reserveSignInAttempt({ email, address: input.ip, knownAddress: user?.known ?? false });
  if (!reservation.ok) return { ok: false, reason: reservation.reason };

  const valid = user
    ? (await verifyPassword(user.password_hash, input.password)) && !user.disabled
    : await verifyAgainstDummy(input.password);
  if (!valid || !user) {
    await recordFailure(user, email, input.ip, reservation.limitReached);
    return { ok: false, reason: "invalid" };
  }
  await acceptSignIn(user, input.ip);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.session_version } };
}
