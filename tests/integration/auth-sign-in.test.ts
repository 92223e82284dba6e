import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { queryRows } from "@/db/rows";
import { verifyCredentials } from "@/lib/auth/sign-in";
import { THROTTLE_LIMITS } from "@/lib/auth/throttle";
import { createUser, TEST_PASSWORD } from "./helpers/factories";

const ip = (n: number) => `198.51.100.${n}`;

describe("verifyCredentials", () => {
  it("accepts the right password, case-insensitively by e-mail", async () => {
    const user = await createUser({ email: "Aida@Example.test" });
    const result = await verifyCredentials({ email: "  AIDA@example.TEST ", password: TEST_PASSWORD, ip: ip(1) });
    expect(result).toEqual({ ok: true, user: { id: user.id, email: user.email, name: user.name } });
  });

  it("refuses a wrong password, an unknown e-mail and a disabled user alike", async () => {
    const user = await createUser();
    const disabled = await createUser({ disabledAt: new Date() });
    expect(await verifyCredentials({ email: user.email, password: "wrong-password", ip: ip(2) })).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials({ email: "nobody@example.test", password: TEST_PASSWORD, ip: ip(2) })).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials({ email: disabled.email, password: TEST_PASSWORD, ip: ip(2) })).toEqual({ ok: false, reason: "invalid" });
  });

  it("throttles an account after repeated failures, even with the right password, from any address", async () => {
    const user = await createUser();
    for (let i = 0; i < THROTTLE_LIMITS.account; i++) {
      await verifyCredentials({ email: user.email, password: "wrong-password", ip: ip(10 + i) });
    }
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD, ip: ip(99) })).toEqual({ ok: false, reason: "throttled" });
    // Another account is not affected.
    const other = await createUser();
    expect((await verifyCredentials({ email: other.email, password: TEST_PASSWORD, ip: ip(98) })).ok).toBe(true);
  });

  it("lets the account in again once the window has passed", async () => {
    const user = await createUser();
    for (let i = 0; i < THROTTLE_LIMITS.account; i++) {
      await verifyCredentials({ email: user.email, password: "wrong-password", ip: ip(20) });
    }
    await db.execute(sql`update sign_in_throttle set window_started_at = now() - interval '16 minutes'`);
    expect((await verifyCredentials({ email: user.email, password: TEST_PASSWORD, ip: ip(21) })).ok).toBe(true);
  });

  it("throttles an address that tries many accounts", async () => {
    for (let i = 0; i < THROTTLE_LIMITS.ip; i++) {
      await verifyCredentials({ email: `guess-${i}@example.test`, password: "x", ip: ip(200) });
    }
    const user = await createUser();
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD, ip: ip(200) })).toEqual({ ok: false, reason: "throttled" });
    expect((await verifyCredentials({ email: user.email, password: TEST_PASSWORD, ip: ip(201) })).ok).toBe(true);
  });

  it("counts concurrent failures exactly (the counter lives in the database)", async () => {
    const user = await createUser();
    await Promise.all(
      Array.from({ length: 4 }, () => verifyCredentials({ email: user.email, password: "wrong-password", ip: ip(50) })),
    );
    const rows = await queryRows<{ failures: number }>(sql`select failures from sign_in_throttle where key = ${`account:${user.email}`}`);
    expect(rows[0]?.failures).toBe(4);
  });
});
