import { bigint, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import type { StoredValues } from "@/lib/templates/model/values";
import { customers } from "./customers";
import { templates } from "./templates";
import { users } from "./users";

/** 報告書: an activity record for one customer, written with a report template. */
export const reports = pgTable(
  "reports",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    templateId: integer("template_id")
      .notNull()
      .references(() => templates.id),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    title: text("title").notNull().default(""),
    fields: jsonb("fields").$type<StoredValues>().notNull().default({}),
    searchText: text("search_text").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("reports_occurred_at_idx").on(t.occurredAt, t.id),
    index("reports_customer_idx").on(t.customerId, t.occurredAt, t.id),
    index("reports_template_idx").on(t.templateId, t.occurredAt, t.id),
    index("reports_author_idx").on(t.authorId, t.occurredAt, t.id),
  ],
);

/** 予定: a planned appointment or follow-up for a customer. */
export const schedules = pgTable(
  "schedules",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }),
    place: text("place").notNull().default(""),
    note: text("note").notNull().default(""),
    assigneeId: integer("assignee_id").references(() => users.id, { onDelete: "set null" }),
    doneAt: timestamp("done_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("schedules_starts_at_idx").on(t.startsAt, t.id),
    index("schedules_customer_idx").on(t.customerId, t.startsAt, t.id),
    index("schedules_assignee_idx").on(t.assigneeId, t.startsAt),
  ],
);

export type ReportRow = typeof reports.$inferSelect;
export type ScheduleRow = typeof schedules.$inferSelect;
