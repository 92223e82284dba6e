import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { and, eq, isNull } from "drizzle-orm";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { connection, type NextRequest } from "next/server";
import { cache } from "react";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { getAuthSecret } from "./secret";
import { readClaims, type SessionClaims } from "./sessions";

export type Role = "admin" | "member";
export type SessionUser = { id: number; email: string; name: string; role: Role; mustChangePassword: boolean };

// Scripts (seed, bench) and tests act as a given user without an HTTP request. Only server
// code can enter it; nothing a browser sends can.
const actorOverride = new AsyncLocalStorage<{ userId: number | null }>();

export function runAs<T>(userId: number | null, fn: () => Promise<T>): Promise<T> {
  return actorOverride.run({ userId }, fn);
}

/** True inside runAs: there is no HTTP request, so no cookie to read or renew. */
export function actingWithoutRequest(): boolean {
  return actorOverride.getStore() !== undefined;
}

/** The token's claims; inside runAs the user alone (any session version passes). */
async function sessionClaims(): Promise<{ uid: number; sv: number | null } | null> {
  const override = actorOverride.getStore();
  if (override) return override.userId === null ? null : { uid: override.userId, sv: null };
  // Marks the page dynamic before any database access, so `next build` never prerenders
  // (and never opens the database for) a signed-in page.
  await connection();
  // The session cookie decoded directly. getServerSession would also build a session
  // object and encrypt a renewed token on every call (a second key derivation and
  // encryption per request), which a server-rendered page cannot even send back.
  const request = { cookies: await cookies(), headers: await headers() } as unknown as NextRequest;
  const token = await getToken({ req: request, secret: await getAuthSecret() });
  return readClaims(token);
}

/**
 * The user row this request reads anyway, with the session check folded in: a token
 * issued before the user's sessions were ended (sign-out, disable, role or password
 * change) no longer signs anyone in.
 */
async function loadActiveUser(claims: Pick<SessionClaims, "uid"> & { sv: number | null }): Promise<SessionUser | null> {
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      mustChangePassword: users.mustChangePassword,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(and(eq(users.id, claims.uid), isNull(users.disabledAt)));
  if (!user || (claims.sv !== null && user.sessionVersion !== claims.sv)) return null;
  const { sessionVersion: _version, ...sessionUser } = user;
  return sessionUser;
}

/** The signed-in, non-disabled user of this request, or null. Read once per request. */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await sessionClaims();
  return claims === null ? null : loadActiveUser(claims);
});

export class PasswordChangeRequiredError extends ForbiddenError {
  constructor() {
    super();
    this.message = "パスワードの変更が必要です。新しいパスワードを設定してから操作してください。";
    this.name = "PasswordChangeRequiredError";
  }
}

/** Signed in, even with a temporary password: only the password change itself uses this. */
export async function requireSignedIn(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new UnauthenticatedError();
  return user;
}

/**
 * Signed in with a password of one's own: a temporary password an admin set opens nothing
 * but the password change (pages send the user there; actions and downloads refuse).
 */
export async function requireUser(): Promise<SessionUser> {
  const user = await requireSignedIn();
  if (user.mustChangePassword) throw new PasswordChangeRequiredError();
  return user;
}

export async function requireAdmin(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "admin") throw new ForbiddenError();
  return user;
}
