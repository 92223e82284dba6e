import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { queryRows } from "@/db/rows";
import { campaigns, customers } from "@/db/schema";
import { requireUser } from "@/lib/auth/current-user";
import { customerFilter, type CustomerFilter } from "@/lib/customers/model/filter";
import { customerListColumns, searchCustomers, type CustomerListItem } from "@/lib/customers/search";
import { NotFoundError } from "@/lib/errors";
import { criteriaOf } from "@/lib/campaigns/model/inputs";
import { PREVIEW_SIZE } from "@/lib/campaigns/model/vocabulary";
import { countSourceSql, followUpSource } from "./target-sql";
import type { Outcome } from "@/lib/campaigns/model/vocabulary";

export type PreviewTarget = CustomerListItem & { postalCode: string; address: string };
export type TargetPreview = { total: number; totalIsEstimate: boolean; rows: PreviewTarget[] };

/** Postal code and address of a few customers: a DM is only as good as its addresses. */
async function withAddresses(rows: CustomerListItem[]): Promise<PreviewTarget[]> {
  if (rows.length === 0) return [];
  const found = await db
    .select({
      id: customers.id,
      postalCode: sql<string>`coalesce(${customers.fields}->>'postalCode', '')`,
      address: sql<string>`coalesce(${customers.fields}->>'address', '')`,
    })
    .from(customers)
    .where(
      inArray(
        customers.id,
        rows.map((r) => r.id),
      ),
    );
  const byId = new Map(found.map((f) => [f.id, f]));
  return rows.map((r) => ({ ...r, postalCode: byId.get(r.id)?.postalCode ?? "", address: byId.get(r.id)?.address ?? "" }));
}

/**
 * The targets a filter would freeze if executed now: the customer list's own search (same
 * builder, same count: exact up to 10,000, then the planner's estimate), first 20 by kana.
 */
export async function previewTargets(input: { criteria: CustomerFilter }): Promise<TargetPreview> {
  const filter = customerFilter.parse(input.criteria);
  const result = await searchCustomers(filter, { page: 1, pageSize: PREVIEW_SIZE, sort: "name" });
  return { total: result.total, totalIsEstimate: result.totalIsEstimate, rows: await withAddresses(result.rows) };
}

/** A follow-up's would-be targets: the source's targets with the outcome, customers still existing. */
async function previewFollowUp(sourceCampaignId: number, outcome: Outcome): Promise<TargetPreview> {
  const source = followUpSource(sourceCampaignId, outcome);
  const [counted, rows] = await Promise.all([
    queryRows<{ n: number }>(countSourceSql(source)),
    db
      .select(customerListColumns)
      .from(customers)
      .where(sql`${customers.id} in (select source.customer_id from campaign_targets source where ${source.where})`)
      .orderBy(sql`${customers.sortKey} collate "C"`, asc(customers.id))
      .limit(PREVIEW_SIZE),
  ]);
  return { total: counted[0]?.n ?? 0, totalIsEstimate: false, rows: await withAddresses(rows) };
}

/** The would-be targets of a saved draft, by its stored criteria (the 実行 confirmation counts these). */
export async function previewCampaign(input: { id: number }): Promise<TargetPreview> {
  await requireUser();
  const [row] = await db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.id, input.id)));
  if (!row) throw new NotFoundError("販促活動");
  const criteria = criteriaOf(row);
  return criteria.kind === "filter"
    ? previewTargets({ criteria: criteria.filter })
    : previewFollowUp(criteria.sourceCampaignId, criteria.outcome);
}
