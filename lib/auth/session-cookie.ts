import "server-only";
import { encode, getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import type { NextRequest } from "next/server";
import { actingWithoutRequest } from "./current-user";
import { getAuthSecret } from "./secret";
import { SESSION_MAX_AGE_SECONDS } from "./sessions";

// next-auth's names: the __Secure- prefix when the site is served over https.
const NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

/**
 * Re-issues this browser's session token with the user's new session version, after a
 * change that ended all sessions (a password change): the other devices are signed out,
 * this one stays signed in. Outside an HTTP request (tests, scripts) there is no cookie.
 */
export async function renewSessionCookie(sessionVersion: number): Promise<void> {
  if (actingWithoutRequest()) return;
  const store = await cookies();
  const name = NAMES.find((n) => store.has(n));
  if (!name) return;
  const secret = await getAuthSecret();
  const request = { cookies: store, headers: await headers() } as unknown as NextRequest;
  const token = await getToken({ req: request, secret, secureCookie: name.startsWith("__Secure-") });
  if (!token) return;
  const value = await encode({ token: { ...token, sv: sessionVersion }, secret, maxAge: SESSION_MAX_AGE_SECONDS });
  store.set(name, value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: name.startsWith("__Secure-"),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}
