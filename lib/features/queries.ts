import "server-only";
import { eq } from "drizzle-orm";
import { cache } from "react";
import { db } from "@/db/client";
import { features, users } from "@/db/schema";
import { requireAdmin, requireUser } from "@/lib/auth/current-user";
import { FeatureDisabledError } from "@/lib/errors";
import { FEATURE_KEYS, FEATURES, type FeatureKey } from "./model";

// Flags are read from the database on every request: a change by an admin takes effect at
// once on every app server, with no cache to invalidate. Within one page render (layout,
// page and the lib/ calls they make) React's request-scoped cache reads them once; a server
// action runs outside the render, so it reads them afresh.
const storedFlags = cache(async (): Promise<Map<string, boolean>> => {
  const rows = await db.select({ key: features.key, enabled: features.enabled }).from(features);
  return new Map(rows.map((r) => [r.key, r.enabled]));
});

export async function enabledFeatures(): Promise<Set<FeatureKey>> {
  await requireUser();
  const stored = await storedFlags();
  return new Set(FEATURE_KEYS.filter((key) => stored.get(key) ?? FEATURES[key].defaultEnabled));
}

export async function isFeatureEnabled(key: FeatureKey): Promise<boolean> {
  return (await storedFlags()).get(key) ?? FEATURES[key].defaultEnabled;
}

/** The one guard for a flag: pages, actions and queries of a feature call it. */
export async function requireFeature(key: FeatureKey): Promise<void> {
  if (!(await isFeatureEnabled(key))) throw new FeatureDisabledError(FEATURES[key].label);
}

export type FeatureSetting = {
  key: FeatureKey;
  label: string;
  description: string;
  enabled: boolean;
  updatedAt: Date | null;
  updatedByName: string | null;
};

export async function listFeatureSettings(): Promise<FeatureSetting[]> {
  await requireAdmin();
  const rows = await db
    .select({ key: features.key, enabled: features.enabled, updatedAt: features.updatedAt, updatedByName: users.name })
    .from(features)
    .leftJoin(users, eq(users.id, features.updatedBy));
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return FEATURE_KEYS.map((key) => {
    const row = byKey.get(key);
    return {
      key,
      ...FEATURES[key],
      enabled: row?.enabled ?? FEATURES[key].defaultEnabled,
      updatedAt: row?.updatedAt ?? null,
      updatedByName: row?.updatedByName ?? null,
    };
  });
}
