import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { queryRows } from "@/db/rows";
import { currentUser, requireUser } from "@/lib/auth/current-user";
import { verifyCredentials } from "@/lib/auth/sign-in";
import { THROTTLE_LIMITS } from "@/lib/auth/throttle";
import { listUsers } from "@/lib/users/queries";
import { changeOwnPassword } from "@/lib/users/password-change";
import { setTemporaryPassword, unlockUserSignIn } from "@/lib/users/mutations";
import { asUser, createUser, TEST_PASSWORD } from "./helpers/factories";
import { CookieJar, signInOverHttp } from "./helpers/auth-http";

// Each step's browser: its cookies, read and written through next/headers as in a request.
const request = vi.hoisted(() => ({ jar: null as unknown, headers: new Headers() }));
vi.mock("next/headers", () => ({ cookies: async () => request.jar, headers: async () => request.headers }));
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  connection: async () => {},
}));

beforeAll(() => {
  process.env.NEXTAUTH_URL = "http://localhost:3000";
});

function inBrowser<T>(jar: CookieJar, fn: () => Promise<T>): Promise<T> {
  request.jar = jar;
  return fn();
}

async function signedIn(email: string, password = TEST_PASSWORD) {
  const jar = new CookieJar();
  expect((await signInOverHttp(jar, email, password)).signedIn).toBe(true);
  return jar;
}

const change = (currentPassword: string, newPassword: string, confirmation = newPassword) =>
  changeOwnPassword({ currentPassword, newPassword, newPasswordConfirmation: confirmation });

describe("changing one's own password", () => {
  it("needs the current password, keeps this browser signed in and ends every other session", async () => {
    const user = await createUser();
    const laptop = await signedIn(user.email);
    const phone = await signedIn(user.email);
    await expect(inBrowser(laptop, () => change("not-my-password", "shinjuku-2026-aki"))).rejects.toMatchObject({
      fieldErrors: { currentPassword: ["現在のパスワードが正しくありません"] },
    });
    await inBrowser(laptop, () => change(TEST_PASSWORD, "shinjuku-2026-aki"));
    expect((await inBrowser(laptop, () => currentUser()))?.id).toBe(user.id);
    expect(await inBrowser(phone, () => currentUser())).toBeNull();
    expect((await verifyCredentials({ email: user.email, password: TEST_PASSWORD, ip: "192.0.2.50" })).ok).toBe(false);
    expect((await verifyCredentials({ email: user.email, password: "shinjuku-2026-aki", ip: "192.0.2.50" })).ok).toBe(true);
  });

  it("refuses weak passwords with a Japanese message on the field", async () => {
    const user = await createUser({ email: "kobayashi.ken@example.test" });
    const jar = await signedIn(user.email);
    await expect(inBrowser(jar, () => change(TEST_PASSWORD, "short"))).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["newPassword"], message: "パスワードは10文字以上で入力してください" })],
    });
    await expect(inBrowser(jar, () => change(TEST_PASSWORD, "kobayashi.ken-99"))).rejects.toMatchObject({
      fieldErrors: { newPassword: ["メールアドレスを含むパスワードは使えません"] },
    });
    await expect(inBrowser(jar, () => change(TEST_PASSWORD, TEST_PASSWORD))).rejects.toMatchObject({
      fieldErrors: { newPassword: [expect.stringContaining("現在のパスワードと違う")] },
    });
    await expect(inBrowser(jar, () => change(TEST_PASSWORD, "umeda-station-8", "umeda-station-9"))).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["newPasswordConfirmation"] })],
    });
  });

  it("stops after five wrong current passwords in a quarter hour", async () => {
    const user = await createUser();
    const jar = await signedIn(user.email);
    for (let i = 0; i < THROTTLE_LIMITS.pair; i++)
      await expect(inBrowser(jar, () => change(`wrong-${i}-password`, "nagoya-castle-3"))).rejects.toThrow(
        "現在のパスワードが正しくありません",
      );
    await expect(inBrowser(jar, () => change(TEST_PASSWORD, "nagoya-castle-3"))).rejects.toThrow("15分ほど待って");
  });
});

describe("a temporary password from an admin", () => {
  it("ends the user's sessions, opens only the password change until a new one is set, and is on record", async () => {
    const admin = await createUser({ role: "admin" });
    const user = await createUser();
    const old = await signedIn(user.email);
    await asUser(admin, () => setTemporaryPassword({ userId: user.id, password: "kari-7q2m-x9tp" }));
    expect(await inBrowser(old, () => currentUser())).toBeNull();

    const jar = await signedIn(user.email, "kari-7q2m-x9tp");
    expect((await inBrowser(jar, () => currentUser()))?.mustChangePassword).toBe(true);
    await expect(inBrowser(jar, () => requireUser())).rejects.toThrow("パスワードの変更が必要です");
    await inBrowser(jar, () => change("kari-7q2m-x9tp", "kamakura-daibutsu-5"));
    expect((await inBrowser(jar, () => requireUser())).id).toBe(user.id);

    const actions = await queryRows<{ action: string }>(
      sql`select action from audit_log where entity = 'user' and entity_id = ${String(user.id)} and action not like 'sign%' order by id`,
    );
    expect(actions.map((a) => a.action)).toEqual(["set_temporary_password", "change_password"]);
  });

  it("is refused for oneself, to members, and when it contains the user's e-mail", async () => {
    const admin = await createUser({ role: "admin" });
    const member = await createUser();
    const target = await createUser({ email: "tanaka.yuki@example.test" });
    await expect(asUser(admin, () => setTemporaryPassword({ userId: admin.id, password: "kari-7q2m-x9tp" }))).rejects.toThrow(
      "パスワード変更",
    );
    await expect(asUser(member, () => setTemporaryPassword({ userId: target.id, password: "kari-7q2m-x9tp" }))).rejects.toThrow(
      "権限がありません",
    );
    await expect(asUser(admin, () => setTemporaryPassword({ userId: target.id, password: "tanaka.yuki-2026" }))).rejects.toThrow(
      "メールアドレスを含む",
    );
  });
});

describe("an admin's unlock", () => {
  it("lifts the sign-in lock of a user from every address, and the users page shows the lock until then", async () => {
    const admin = await createUser({ role: "admin" });
    const user = await createUser();
    for (let i = 0; i < THROTTLE_LIMITS.pair; i++)
      await verifyCredentials({ email: user.email, password: "wrong-password", ip: "192.0.2.60" });
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD, ip: "192.0.2.60" })).toEqual({
      ok: false,
      reason: "throttled",
    });
    const listed = async () => (await asUser(admin, () => listUsers())).find((u) => u.id === user.id)!;
    expect((await listed()).signInLocked).toBe(true);
    await asUser(admin, () => unlockUserSignIn({ userId: user.id }));
    expect((await listed()).signInLocked).toBe(false);
    expect((await verifyCredentials({ email: user.email, password: TEST_PASSWORD, ip: "192.0.2.60" })).ok).toBe(true);
  });

  it("also ends a growing account delay", async () => {
    const admin = await createUser({ role: "admin" });
    const user = await createUser();
    for (let i = 0; i < 6; i++) await verifyCredentials({ email: user.email, password: "wrong-password", ip: `192.0.2.${70 + i}` });
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD, ip: "192.0.2.99" })).toEqual({
      ok: false,
      reason: "delayed",
    });
    await asUser(admin, () => unlockUserSignIn({ userId: user.id }));
    expect((await verifyCredentials({ email: user.email, password: TEST_PASSWORD, ip: "192.0.2.99" })).ok).toBe(true);
  });
});
