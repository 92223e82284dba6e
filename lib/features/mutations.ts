import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { features } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { requireAdmin } from "@/lib/auth/current-user";
import { FEATURE_KEYS } from "./model";

export const setFeatureInput = z.object({
  key: z.enum(FEATURE_KEYS as [string, ...string[]], { message: "不明な機能です" }),
  enabled: z.boolean(),
});

export async function setFeatureEnabled(input: z.infer<typeof setFeatureInput>): Promise<void> {
  const actor = await requireAdmin();
  const { key, enabled } = setFeatureInput.parse(input);
  await db.transaction(async (tx) => {
    await tx
      .insert(features)
      .values({ key, enabled, updatedBy: actor.id })
      .onConflictDoUpdate({ target: features.key, set: { enabled, updatedBy: actor.id, updatedAt: sql`now()` } });
    await recordAudit(tx, { actorId: actor.id, action: enabled ? "enable" : "disable", entity: "feature", entityId: key });
  });
}
