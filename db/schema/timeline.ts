import { bigint, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import type { TimelineKind } from "@/lib/timeline/model";

/**
 * One row per event in a customer's history (対応履歴), whatever its kind, pointing at the
 * record (ref_id) that holds the details. organization_id copies the customer's current
 * organization and follows it when the customer joins or leaves one, so that an
 * organization's merged timeline is one index range, newest first, however many members.
 */
export const timelineEntries = pgTable(
  "timeline_entries",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    // No foreign key (drizzle/0011), for the reason in campaigns.ts: a statement-level
    // trigger on customers deletes a deleted customer's entries.
    customerId: integer("customer_id").notNull(),
    organizationId: integer("organization_id"),
    kind: text("kind").$type<TimelineKind>().notNull(),
    refId: bigint("ref_id", { mode: "number" }).notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("timeline_entries_customer_idx").on(t.customerId, t.occurredAt, t.id),
    index("timeline_entries_organization_idx").on(t.organizationId, t.occurredAt, t.id),
    index("timeline_entries_ref_idx").on(t.kind, t.refId),
  ],
);
