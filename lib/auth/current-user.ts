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

export type Role = "admin" | "member";
export type SessionUser = { id: number; email: string; name: string; role: Role };

// Scripts (seed, bench) and tests act as a given user without an HTTP request. Only server
// code can enter it; nothing a browser sends can.
const actorOverride = new AsyncLocalStorage<{ userId: number | null }>();

export function runAs<T>(userId: number | null, fn: () => Promise<T>): Promise<T> {
  return actorOverride.run({ userId }, fn);
}

async function sessionUserId(): Promise<number | null> {
  const override = actorOverride.getStore();
  if (override) return override.userId;
  // Marks the page dynamic before any database access, so `next build` never prerenders
  // (and never opens the database for) a signed-in page.
  await connection();
  // The session cookie decoded directly. getServerSession would also build a session
  // object and encrypt a renewed token on every call (a second key derivation and
  // encryption per request), which a server-rendered page cannot even send back.
  const request = { cookies: await cookies(), headers: await headers() } as unknown as NextRequest;
  const token = await getToken({ req: request, secret: await getAuthSecret() });
  return typeof token?.uid === "number" ? token.uid : null;
}

async function loadActiveUser(id: number): Promise<SessionUser | null> {
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.id, id), isNull(users.disabledAt)));
  return user ?? null;
}

/** The signed-in, non-disabled user of this request, or null. Read once per request. */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const id = await sessionUserId();
  return id === null ? null : loadActiveUser(id);
});

export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new UnauthenticatedError();
  return user;
}

export async function requireAdmin(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "admin") throw new ForbiddenError();
  return user;
}
