import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { campaignTargets } from "@/db/schema";
import { requireUser } from "@/lib/auth/current-user";
import { isFeatureEnabled } from "@/lib/features/queries";
import { postalOrder } from "./postal-order";
import { LABELS_PER_BATCH } from "@/lib/campaigns/model/vocabulary";
import { readSnapshot } from "@/lib/campaigns/model/snapshot";

export type AddressLabel = { id: number; postalCode: string; address: string; organization: string | null; name: string };

const hasAddress = sql`${campaignTargets.snapshot}->>'address' <> ''`;

/**
 * One batch of labels in 〒 order, from `offset`. `addressedOnly` leaves out
 * targets without an address (a label with a name only cannot be posted).
 */
export async function labelBatch(campaignId: number, options: { offset: number; addressedOnly: boolean }) {
  await requireUser();
  const offset = Math.max(0, Math.floor(options.offset) || 0);
  const inCampaign = eq(campaignTargets.campaignId, campaignId);
  const where = and(inCampaign, options.addressedOnly ? hasAddress : undefined);
  const [rows, [counts], withOrganization] = await Promise.all([
    db
      .select({ id: campaignTargets.id, snapshot: campaignTargets.snapshot })
      .from(campaignTargets)
      .where(where)
      .orderBy(...postalOrder)
      .limit(LABELS_PER_BATCH)
      .offset(offset),
    db
      .select({ total: sql<number>`count(*)::int`, missing: sql<number>`(count(*) filter (where not (${hasAddress})))::int` })
      .from(campaignTargets)
      .where(inCampaign),
    isFeatureEnabled("organizations"),
  ]);
  const labels = rows.map((r): AddressLabel => {
    const s = readSnapshot(r.snapshot);
    return { id: r.id, postalCode: s.postalCode, address: s.address, organization: withOrganization ? s.organization : null, name: s.name };
  });
  const all = counts?.total ?? 0;
  const missing = counts?.missing ?? 0;
  return { labels, offset, total: options.addressedOnly ? all - missing : all, missingAddress: missing };
}
