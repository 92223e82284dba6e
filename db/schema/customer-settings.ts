import { sql } from "drizzle-orm";
import { integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/**
 * The admin-defined lists a customer is sorted by: ステータス (an ordered lifecycle),
 * 客区分 (an ordered class list) and タグ (any number). Statuses and classes share one shape
 * so that one set of settings functions serves both.
 */
const orderedListColumns = () => ({
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  name: text("name").notNull(),
  position: integer("position").notNull(),
  color: text("color").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const statuses = pgTable("statuses", orderedListColumns(), (t) => [uniqueIndex("statuses_name_key").on(sql`lower(${t.name})`)]);

export const customerClasses = pgTable("customer_classes", orderedListColumns(), (t) => [
  uniqueIndex("customer_classes_name_key").on(sql`lower(${t.name})`),
]);

export const tags = pgTable(
  "tags",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    name: text("name").notNull(),
    color: text("color").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("tags_name_key").on(sql`lower(${t.name})`)],
);

export type StatusRow = typeof statuses.$inferSelect;
export type CustomerClassRow = typeof customerClasses.$inferSelect;
export type TagRow = typeof tags.$inferSelect;
