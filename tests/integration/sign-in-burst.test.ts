import { describe, expect, it, vi } from "vitest";
import { verifyCredentials } from "@/lib/auth/sign-in";
import { createUser, TEST_PASSWORD } from "./helpers/factories";

// Counts every password check, real or dummy: "verified" means argon2 ran for the attempt.
const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/password")>();
  return {
    ...original,
    verifyPassword: async (hash: string, password: string) => {
      checks.count++;
      return original.verifyPassword(hash, password);
    },
    verifyAgainstDummy: async (password: string) => {
      checks.count++;
      return original.verifyAgainstDummy(password);
    },
  };
});

const ACCOUNT_LIMIT = 5;

describe("a burst of parallel sign-ins for one account", () => {
  it("verifies at most the limit out of 100 parallel attempts from one address, and the right password last is refused", async () => {
    const user = await createUser();
    checks.count = 0;
    const attempts = Array.from({ length: 100 }, (_, i) => (i === 99 ? TEST_PASSWORD : `wrong-password-${i}`));
    const results = await Promise.all(attempts.map((password) => verifyCredentials({ email: user.email, password, ip: "203.0.113.7" })));
    console.info(`burst from one address: ${checks.count} of 100 attempts verified`);
    expect(checks.count).toBeLessThanOrEqual(ACCOUNT_LIMIT);
    expect(results.filter((r) => r.ok)).toHaveLength(0);
  });

  it("verifies at most the limit out of 100 parallel attempts from 100 addresses", async () => {
    const user = await createUser();
    checks.count = 0;
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        verifyCredentials({ email: user.email, password: `wrong-password-${i}`, ip: `198.18.0.${i + 1}` }),
      ),
    );
    console.info(`burst from 100 addresses: ${checks.count} of 100 attempts verified`);
    expect(checks.count).toBeLessThanOrEqual(ACCOUNT_LIMIT);
    expect(results.every((r) => !r.ok)).toBe(true);
  });
});
