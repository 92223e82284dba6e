import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import type { StoredValues } from "@/lib/templates/model/values";
import { customerClasses, statuses } from "./customer-settings";
import { organizations } from "./organizations";
import { templates } from "./templates";
import { users } from "./users";

export const customers = pgTable(
  "customers",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    templateId: integer("template_id")
      .notNull()
      .references(() => templates.id),
    // Kept when the 顧客組織 feature is switched off; deleting an organization frees its members.
    organizationId: integer("organization_id").references(() => organizations.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    nameKana: text("name_kana").notNull().default(""),
    searchKeywords: text("search_keywords").notNull(),
    fields: jsonb("fields").$type<StoredValues>().notNull().default({}),
    statusId: integer("status_id")
      .notNull()
      .references(() => statuses.id),
    classId: integer("class_id").references(() => customerClasses.id),
    // An array, not a join table: the CHECK below lets the database itself refuse a sixth
    // tag, and concurrent updates of one row serialize on its row lock.
    tagIds: integer("tag_ids")
      .array()
      .notNull()
      .default(sql`'{}'::integer[]`),
    important: boolean("important").notNull().default(false),
    // Normalized (lib/search/normalize.ts) name, kana, keywords and text fields; searchGrams
    // holds its unigrams and bigrams for the GIN index that serves 1–2 character queries.
    searchText: text("search_text").notNull(),
    searchGrams: text("search_grams").array().notNull(),
    // Normalized kana (or name) for 「名前順」: hiragana sorts in gojūon order byte-wise.
    sortKey: text("sort_key").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    check("customers_at_most_5_tags", sql`cardinality(${t.tagIds}) <= 5`),
    // Keyword + filters in one GIN scan (btree_gin): the grams narrow, status/class/tags
    // narrow further inside the same index instead of a BitmapAnd of three indexes.
    index("customers_search_idx").using("gin", t.searchGrams, t.statusId, t.classId, t.tagIds),
    index("customers_tag_ids_idx").using("gin", t.tagIds),
    // customers_status_class_idx (status_id, class_id) INCLUDE (tag_ids, important) lets capped
    // counts over status/class/tag combinations read only the index; drizzle cannot declare
    // INCLUDE, so it lives in drizzle/0008_btree_gin.sql.
    // One per sort order, each ending in id so that paging is stable. Ascending: PostgreSQL
    // scans them backward for the "newest first" orders (a DESC index would have to match
    // the query's NULLS order exactly).
    // Byte order ("C"): hiragana code points follow gojūon order whatever the server locale.
    index("customers_sort_key_idx").on(sql`${t.sortKey} collate "C"`, t.id),
    index("customers_updated_at_idx").on(t.updatedAt, t.id),
    index("customers_created_at_idx").on(t.createdAt, t.id),
    index("customers_status_idx").on(t.statusId, t.updatedAt, t.id),
    index("customers_class_idx").on(t.classId, t.updatedAt, t.id),
    index("customers_important_idx")
      .on(t.updatedAt, t.id)
      .where(sql`${t.important}`),
    index("customers_organization_idx").on(t.organizationId, t.updatedAt, t.id),
  ],
);

/** Every change of a customer's status: from, to, who, when (the first row has from = null). */
export const customerStatusChanges = pgTable(
  "customer_status_changes",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    fromStatusId: integer("from_status_id").references(() => statuses.id, { onDelete: "set null" }),
    toStatusId: integer("to_status_id").references(() => statuses.id, { onDelete: "set null" }),
    // Names at the time of the change, so history still reads right after a rename or delete.
    fromStatusName: text("from_status_name"),
    toStatusName: text("to_status_name").notNull(),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
    changedBy: integer("changed_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("customer_status_changes_customer_idx").on(t.customerId, t.changedAt, t.id)],
);

/** 保存した検索条件: a named customer filter shared with the team. */
export const savedViews = pgTable("saved_views", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  name: text("name").notNull(),
  filter: jsonb("filter").$type<Record<string, unknown>>().notNull(),
  createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type CustomerRow = typeof customers.$inferSelect;
