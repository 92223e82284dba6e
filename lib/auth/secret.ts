import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { appSecrets } from "@/db/schema";

let cached: Promise<string> | undefined;

/**
 * The key that signs session tokens: AUTH_SECRET when set, else one generated once and kept
 * in the database, so a laptop install needs no configuration and app servers sharing one
 * database agree on it.
 */
export function getAuthSecret(): Promise<string> {
  const fromEnv = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (fromEnv) return Promise.resolve(fromEnv);
  cached ??= loadOrCreate().catch((error) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function loadOrCreate(): Promise<string> {
  await db
    .insert(appSecrets)
    .values({ name: "auth_secret", value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing();
  const [row] = await db.select().from(appSecrets).where(eq(appSecrets.name, "auth_secret"));
  if (!row) throw new Error("auth secret missing after insert");
  return row.value;
}
