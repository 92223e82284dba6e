import { bigint, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./users";

export const campaignKind = pgEnum("campaign_kind", ["dm", "newsletter", "event", "email", "phone", "other"]);
export const campaignState = pgEnum("campaign_state", ["draft", "executed"]);
export const campaignOutcome = pgEnum("campaign_outcome", ["pending", "sent", "responded", "visited", "won", "undelivered"]);

/** 販促活動: criteria (the customer filter model) while a draft; frozen targets once executed. */
export const campaigns = pgTable(
  "campaigns",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    name: text("name").notNull(),
    kind: campaignKind("kind").notNull(),
    plannedOn: date("planned_on"),
    description: text("description").notNull().default(""),
    criteria: jsonb("criteria").$type<Record<string, unknown>>().notNull(),
    /** A follow-up: the targets of this executed campaign with this outcome. */
    sourceCampaignId: integer("source_campaign_id"),
    sourceOutcome: campaignOutcome("source_outcome"),
    state: campaignState("state").notNull().default("draft"),
    targetCount: integer("target_count"),
    executedAt: timestamp("executed_at", { withTimezone: true }),
    executedBy: integer("executed_by").references(() => users.id, { onDelete: "set null" }),
    version: integer("version").notNull().default(1),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("campaigns_created_idx").on(t.createdAt, t.id)],
);

/**
 * 対象者: one row per target, frozen at execution with a snapshot (name, kana, postal code,
 * address, status and class at that moment). A later deleted customer keeps its row.
 */
export const campaignTargets = pgTable(
  "campaign_targets",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    // No foreign keys on campaign_id and customer_id (drizzle/0011, 0012): an execution
    // inserts ~200,000 targets in one statement, and a per-row key check would lock the
    // campaign's or each customer's row once per target. Statement-level triggers on
    // campaigns and customers keep the ON DELETE behaviour (cascade, set null).
    campaignId: integer("campaign_id").notNull(),
    customerId: integer("customer_id"),
    // The customer's organization at execution, copied by the same INSERT … SELECT so that
    // the timeline trigger need not look every target's customer up again (no key either).
    organizationId: integer("organization_id"),
    snapshot: jsonb("snapshot").$type<Record<string, unknown>>().notNull(),
    outcome: campaignOutcome("outcome").notNull().default("pending"),
    outcomeUpdatedAt: timestamp("outcome_updated_at", { withTimezone: true }),
    outcomeUpdatedBy: integer("outcome_updated_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("campaign_targets_campaign_customer_key").on(t.campaignId, t.customerId),
    index("campaign_targets_outcome_idx").on(t.campaignId, t.outcome),
    index("campaign_targets_customer_idx").on(t.customerId),
  ],
);

export type CampaignRow = typeof campaigns.$inferSelect;
export type CampaignTargetRow = typeof campaignTargets.$inferSelect;
