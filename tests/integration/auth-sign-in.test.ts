import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { queryRows } from "@/db/rows";
import { verifyCredentials } from "@/lib/auth/sign-in";
import { ACCOUNT_DELAY, THROTTLE_LIMITS } from "@/lib/auth/throttle";
import { createUser, TEST_PASSWORD } from "./helpers/factories";

let next = 0;
/** A fresh documentation address per call, so tests never share address counters. */
const newIp = () => `198.51.${100 + Math.floor(next / 250)}.${(next++ % 250) + 1}`;
const wrong = (email: string, ip: string) => verifyCredentials({ email, password: "wrong-password", ip });
const right = (email: string, ip: string) => verifyCredentials({ email, password: TEST_PASSWORD, ip });

async function failTimes(email: string, ip: string, times: number) {
  for (let i = 0; i < times; i++) await wrong(email, ip);
}

/** Lets the account's growing delay run out (as if its time had passed). */
async function endAccountDelay(email: string) {
  await db.execute(
    sql`update sign_in_throttle set blocked_until = now() - interval '1 second' where key = ${`account:${email.toLowerCase()}`}`,
  );
}

async function delaySeconds(email: string): Promise<number | null> {
  const [row] = await queryRows<{ s: number | null }>(
    sql`select extract(epoch from blocked_until - now())::float8 as s from sign_in_throttle where key = ${`account:${email.toLowerCase()}`}`,
  );
  return row?.s ?? null;
}

describe("verifyCredentials", () => {
  it("accepts the right password, case-insensitively by e-mail, with the session version to put in the token", async () => {
    const user = await createUser({ email: "Aida@Example.test" });
    const result = await verifyCredentials({ email: "  AIDA@example.TEST ", password: TEST_PASSWORD, ip: newIp() });
    expect(result).toEqual({ ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: 1 } });
  });

  it("refuses a wrong password, an unknown e-mail and a disabled user alike", async () => {
    const user = await createUser();
    const disabled = await createUser({ disabledAt: new Date() });
    const ip = newIp();
    expect(await wrong(user.email, ip)).toEqual({ ok: false, reason: "invalid" });
    expect(await right("nobody@example.test", ip)).toEqual({ ok: false, reason: "invalid" });
    expect(await right(disabled.email, ip)).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks an account at one address after five failures, even for the right password", async () => {
    const user = await createUser();
    const ip = newIp();
    await failTimes(user.email, ip, THROTTLE_LIMITS.pair);
    expect(await right(user.email, ip)).toEqual({ ok: false, reason: "throttled" });
  });

  it("does not let five wrong passwords from anywhere lock the owner out: known addresses pass, new ones wait a short, growing delay", async () => {
    const user = await createUser();
    const office = newIp();
    expect((await right(user.email, office)).ok).toBe(true);

    const attacker = newIp();
    await failTimes(user.email, attacker, THROTTLE_LIMITS.pair);
    expect(await right(user.email, attacker)).toEqual({ ok: false, reason: "throttled" });
    // The owner's own address is not affected at all.
    expect((await right(user.email, office)).ok).toBe(true);

    // The attacker again (from fresh addresses): after the free attempts the account waits.
    for (let i = 0; i < ACCOUNT_DELAY.freeAttempts; i++) await wrong(user.email, newIp());
    const first = await delaySeconds(user.email);
    expect(first).toBeGreaterThan(ACCOUNT_DELAY.firstSeconds - 5);
    expect(first).toBeLessThanOrEqual(ACCOUNT_DELAY.firstSeconds);
    expect(await right(user.email, newIp())).toEqual({ ok: false, reason: "delayed" });
    expect((await right(user.email, office)).ok).toBe(true);
  });

  it("doubles the account delay with each further failure, up to the maximum", async () => {
    const user = await createUser();
    for (let i = 0; i < ACCOUNT_DELAY.freeAttempts; i++) await wrong(user.email, newIp());
    const delays: number[] = [];
    for (let i = 0; i < 7; i++) {
      await endAccountDelay(user.email);
      await wrong(user.email, newIp());
      delays.push(Math.round((await delaySeconds(user.email))!));
    }
    const { firstSeconds: f, maxSeconds: max } = ACCOUNT_DELAY;
    expect(delays).toEqual([2 * f, 4 * f, 8 * f, 16 * f, max, max, max].map((d) => Math.min(d, max)));
    // Once the delay has passed the owner gets in from a new address, and is forgiven.
    await endAccountDelay(user.email);
    expect((await right(user.email, newIp())).ok).toBe(true);
    expect(await delaySeconds(user.email)).toBeNull();
  });

  it("lets the account in again once the window has passed", async () => {
    const user = await createUser();
    const ip = newIp();
    await failTimes(user.email, ip, THROTTLE_LIMITS.pair);
    await db.execute(sql`update sign_in_throttle set window_started_at = now() - interval '16 minutes', blocked_until = null`);
    expect((await right(user.email, ip)).ok).toBe(true);
  });

  it("throttles an address that tries many accounts", async () => {
    const ip = newIp();
    for (let i = 0; i < THROTTLE_LIMITS.address; i++)
      await verifyCredentials({ email: `guess-${i}-${ip}@example.test`, password: "x", ip });
    const user = await createUser();
    expect(await right(user.email, ip)).toEqual({ ok: false, reason: "throttled" });
    expect((await right(user.email, newIp())).ok).toBe(true);
  });

  it("does not count successful sign-ins against an office's shared address", async () => {
    const ip = newIp();
    const staff = await Promise.all(Array.from({ length: 3 }, () => createUser()));
    for (let round = 0; round < THROTTLE_LIMITS.address; round++) {
      for (const member of staff) expect((await right(member.email, ip)).ok).toBe(true);
    }
  });

  it("writes sign-ins, failures and the lock to the audit log", async () => {
    const user = await createUser();
    const ip = newIp();
    await right(user.email, ip);
    await failTimes(user.email, ip, THROTTLE_LIMITS.pair + 2);
    const rows = await queryRows<{ action: string; actor_id: number | null; diff: { address: string } }>(
      sql`select action, actor_id, diff from audit_log where entity = 'user' and entity_id = ${String(user.id)} order by id`,
    );
    expect(rows.map((r) => r.action)).toEqual(["sign_in", ...Array(THROTTLE_LIMITS.pair).fill("sign_in_failed"), "sign_in_locked"]);
    expect(rows.every((r) => r.actor_id === user.id && r.diff.address === ip)).toBe(true);
  });
});
