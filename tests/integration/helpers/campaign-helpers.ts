import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { campaignTargets, campaigns, features } from "@/db/schema";
import { executeCampaign } from "@/lib/campaigns/execute";
import { createCampaign } from "@/lib/campaigns/mutations";
import { readSnapshot } from "@/lib/campaigns/model/snapshot";
import { customerFilter, type CustomerFilter } from "@/lib/customers/model/filter";
import { searchCustomers } from "@/lib/customers/search";
import { asUser } from "./factories";

type User = { id: number };

export async function setOrganizationsFeature(enabled: boolean) {
  await db.insert(features).values({ key: "organizations", enabled }).onConflictDoUpdate({ target: features.key, set: { enabled } });
}

/** A draft through the real mutation, with the given (partial) filter. */
export async function createDraft(user: User, filter: Partial<CustomerFilter>, name = "秋の見学会DM") {
  return asUser(user, () =>
    createCampaign({ name, kind: "dm", plannedOn: "2026-10-01", description: "", criteria: customerFilter.parse(filter) }),
  );
}

export async function versionOf(id: number): Promise<number> {
  const [row] = await db.select({ version: campaigns.version }).from(campaigns).where(eq(campaigns.id, id));
  return row!.version;
}

/** Executes the draft as `user`, with the version it has now (what the confirmation showed). */
export async function execute(user: User, id: number) {
  const version = await versionOf(id);
  return asUser(user, () => executeCampaign({ id, version }));
}

export async function targetsOf(campaignId: number) {
  const rows = await db.select().from(campaignTargets).where(eq(campaignTargets.campaignId, campaignId)).orderBy(asc(campaignTargets.id));
  return rows.map((r) => ({ ...r, snapshot: readSnapshot(r.snapshot) }));
}

/** Every customer id the customer list shows for the filter, over all its pages. */
export async function listedIds(user: User, filter: CustomerFilter): Promise<number[]> {
  const ids: number[] = [];
  for (let page = 1; ; page++) {
    const result = await asUser(user, () => searchCustomers(filter, { page, pageSize: 200, sort: "name" }));
    ids.push(...result.rows.map((r) => r.id));
    if (result.rows.length < 200) return ids;
  }
}
