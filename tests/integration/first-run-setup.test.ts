import { describe, expect, it, vi } from "vitest";
import { createFirstAdmin } from "@/lib/setup/first-run";
import { THROTTLE_LIMITS } from "@/lib/auth/throttle";
import { asUser } from "./helpers/factories";

// Counts argon2 hashes: the CPU an anonymous visitor can make the server spend.
const hashes = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/auth/password")>();
  return {
    ...original,
    hashPassword: async (password: string) => {
      hashes.count++;
      return original.hashPassword(password);
    },
  };
});

const input = (n: number) => ({
  name: "管理者",
  email: `admin-${n}@example.test`,
  password: "long-enough-1",
  passwordConfirmation: "long-enough-1",
});

describe("first-run setup", () => {
  it("creates the first admin; afterwards every attempt is refused without hashing a password", async () => {
    const created = await asUser(null, () => createFirstAdmin(input(0)));
    expect(created.id).toBeGreaterThan(0);
    hashes.count = 0;
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => asUser(null, () => createFirstAdmin(input(i + 1)))));
    expect(results.every((r) => r.status === "rejected" && /初期設定は完了/.test(String(r.reason)))).toBe(true);
    expect(hashes.count).toBe(0);
  });

  it("limits attempts per address before hashing while setup is open", async () => {
    const { db } = await import("@/db/client");
    const { sql } = await import("drizzle-orm");
    // Reopen setup: no users (the admin of the test above goes, with what refers to it).
    await db.execute(sql`delete from audit_log`);
    await db.execute(sql`delete from users`);
    await db.execute(sql`insert into sign_in_throttle (key, attempts, window_started_at) values ('setup:local', ${THROTTLE_LIMITS.setup}, now())
      on conflict (key) do update set attempts = excluded.attempts, window_started_at = now()`);
    hashes.count = 0;
    await expect(asUser(null, () => createFirstAdmin(input(99)))).rejects.toThrow("試行回数が多すぎます");
    expect(hashes.count).toBe(0);
  });
});
