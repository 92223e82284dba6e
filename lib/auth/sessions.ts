import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db, type Database } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";

/** A session lasts a working day; ending it earlier is what the session version is for. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/** What a session token carries about its user: the id and the session version at sign-in. */
export type SessionClaims = { uid: number; sv: number };

export function readClaims(token: Record<string, unknown> | null | undefined): SessionClaims | null {
  const uid = token?.uid;
  const sv = token?.sv;
  return typeof uid === "number" && typeof sv === "number" ? { uid, sv } : null;
}

/**
 * Ends every session of a user (all devices): tokens carry the version they were issued
 * with, and every request compares it with this one. Returns the new version.
 */
export async function endSessions(tx: Pick<Database, "update">, userId: number): Promise<number> {
  const [row] = await tx
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .returning({ sessionVersion: users.sessionVersion });
  return row?.sessionVersion ?? 0;
}

/** The token's user is active and the token was issued after the last ending of sessions. */
export async function isSessionCurrent(claims: SessionClaims | null): Promise<boolean> {
  if (!claims) return false;
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, claims.uid), isNull(users.disabledAt), eq(users.sessionVersion, claims.sv)));
  return row !== undefined;
}

/**
 * Sign-out ends the session for good: deleting the cookie alone would leave a copied
 * cookie working until it expires. A stale token's sign-out changes nothing.
 */
export async function signOutSession(claims: SessionClaims | null): Promise<void> {
  if (!claims) return;
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(and(eq(users.id, claims.uid), eq(users.sessionVersion, claims.sv)))
      .returning({ id: users.id });
    if (row) await recordAudit(tx, { actorId: claims.uid, action: "sign_out", entity: "user", entityId: claims.uid });
  });
}
