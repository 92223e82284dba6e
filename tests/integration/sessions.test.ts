import { beforeAll, describe, expect, it, vi } from "vitest";
import { currentUser } from "@/lib/auth/current-user";
import { changeUserRole, setUserDisabled } from "@/lib/users/mutations";
import { asUser, createUser, TEST_PASSWORD } from "./helpers/factories";
import { callAuth, CookieJar, signInOverHttp, signOutOverHttp } from "./helpers/auth-http";

// The request's cookies: what the browser of each test step sends.
const request = vi.hoisted(() => ({ jar: null as unknown, headers: new Headers() }));
vi.mock("next/headers", () => ({ cookies: async () => request.jar, headers: async () => request.headers }));
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  connection: async () => {},
}));

beforeAll(() => {
  process.env.NEXTAUTH_URL = "http://localhost:3000";
});

/** The user a request with these cookies is signed in as (what every page and action asks). */
function userOf(jar: CookieJar) {
  request.jar = jar;
  return currentUser();
}

async function signedIn(user: { email: string }) {
  const jar = new CookieJar();
  expect((await signInOverHttp(jar, user.email, TEST_PASSWORD)).signedIn).toBe(true);
  return jar;
}

describe("sessions", () => {
  it("a signed-in cookie identifies its user", async () => {
    const user = await createUser();
    const jar = await signedIn(user);
    expect((await userOf(jar))?.id).toBe(user.id);
  });

  it("sign-out ends the session: a copy of the old cookie no longer signs anyone in", async () => {
    const user = await createUser();
    const jar = await signedIn(user);
    const stolen = jar.copy();
    await signOutOverHttp(jar);
    expect(jar.getAll().some((c) => c.name.endsWith("session-token"))).toBe(false);
    expect(await userOf(stolen)).toBeNull();
    // Signing in again works, with a new cookie.
    expect((await userOf(await signedIn(user)))?.id).toBe(user.id);
  });

  it("disabling a user ends the sessions; enabling again does not bring the old cookies back", async () => {
    const admin = await createUser({ role: "admin" });
    const user = await createUser();
    const jar = await signedIn(user);
    await asUser(admin, () => setUserDisabled({ userId: user.id, disabled: true }));
    expect(await userOf(jar)).toBeNull();
    await asUser(admin, () => setUserDisabled({ userId: user.id, disabled: false }));
    expect(await userOf(jar)).toBeNull();
    expect((await userOf(await signedIn(user)))?.id).toBe(user.id);
  });

  it("a role change ends the user's sessions", async () => {
    const admin = await createUser({ role: "admin" });
    const user = await createUser();
    const jar = await signedIn(user);
    await asUser(admin, () => changeUserRole({ userId: user.id, role: "admin" }));
    expect(await userOf(jar)).toBeNull();
  });

  it("/api/auth/session tells nothing about a disabled user, and deletes the cookie", async () => {
    const admin = await createUser({ role: "admin" });
    const user = await createUser();
    const jar = await signedIn(user);
    const live = await callAuth(jar.copy(), "session");
    expect(live.body).toMatchObject({ user: { email: user.email } });
    await asUser(admin, () => setUserDisabled({ userId: user.id, disabled: true }));
    const ended = await callAuth(jar, "session");
    expect(ended.body).toEqual({});
    expect(JSON.stringify(ended.body)).not.toContain(user.email);
    expect(jar.getAll().some((c) => c.name.endsWith("session-token"))).toBe(false);
  });
});
