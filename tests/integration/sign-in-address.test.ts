import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { THROTTLE_LIMITS } from "@/lib/auth/throttle";
import { createUser, TEST_PASSWORD } from "./helpers/factories";
import { CookieJar, signInOverHttp } from "./helpers/auth-http";

beforeAll(() => {
  process.env.NEXTAUTH_URL = "http://localhost:3000";
});
afterEach(() => {
  delete process.env.TRUSTED_PROXY_HOPS;
});

const attempt = (email: string, password: string, peer: string, forwardedFor?: string) =>
  signInOverHttp(new CookieJar(), email, password, { peer, headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} });

describe("the address sign-in limits count", () => {
  it("is the socket's peer: a client's own X-Forwarded-For neither spreads its guesses nor lifts a lock", async () => {
    const peer = "192.0.2.10";
    // Guessing at many accounts, each time claiming another address.
    for (let i = 0; i < THROTTLE_LIMITS.address; i++) {
      expect((await attempt(`guess-${i}@example.test`, "wrong-password", peer, `10.9.${i}.1`)).redirect).toContain(
        "error=CredentialsSignin",
      );
    }
    const user = await createUser();
    const rotated = await attempt(user.email, TEST_PASSWORD, peer, "10.200.0.1");
    expect(rotated.signedIn).toBe(false);
    expect(rotated.redirect).toContain("error=Throttled");
    expect((await attempt(user.email, TEST_PASSWORD, peer)).redirect).toContain("error=Throttled");
    // Another address is not affected.
    expect((await attempt(user.email, TEST_PASSWORD, "192.0.2.11")).signedIn).toBe(true);
  });

  it("behind TRUSTED_PROXY_HOPS proxies is the right-most address no trusted proxy wrote", async () => {
    process.env.TRUSTED_PROXY_HOPS = "1";
    const user = await createUser();
    const proxy = "10.0.0.2";
    // The user's own office, seen by the proxy as 198.51.100.78.
    expect((await attempt(user.email, TEST_PASSWORD, proxy, "198.51.100.78")).signedIn).toBe(true);
    // An attacker claims addresses of its own; the proxy appended the one it saw.
    for (let i = 0; i < THROTTLE_LIMITS.pair; i++) await attempt(user.email, "wrong-password", proxy, `203.0.113.${i}, 198.51.100.77`);
    expect((await attempt(user.email, TEST_PASSWORD, proxy, "203.0.113.200, 198.51.100.77")).redirect).toContain("error=Throttled");
    // The office behind the same proxy is not locked with it.
    expect((await attempt(user.email, TEST_PASSWORD, proxy, "198.51.100.78")).signedIn).toBe(true);
  });
});
