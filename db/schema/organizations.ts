import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import type { StoredValues } from "@/lib/templates/model/values";
import { templates } from "./templates";
import { users } from "./users";

/** 顧客組織: the "box" grouping customers of one company. Same search columns as customers. */
export const organizations = pgTable(
  "organizations",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    templateId: integer("template_id")
      .notNull()
      .references(() => templates.id),
    name: text("name").notNull(),
    nameKana: text("name_kana").notNull().default(""),
    searchKeywords: text("search_keywords").notNull(),
    fields: jsonb("fields").$type<StoredValues>().notNull().default({}),
    searchText: text("search_text").notNull(),
    searchGrams: text("search_grams").array().notNull(),
    sortKey: text("sort_key").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    index("organizations_search_grams_idx").using("gin", t.searchGrams),
    index("organizations_sort_key_idx").on(sql`${t.sortKey} collate "C"`, t.id),
    index("organizations_updated_at_idx").on(t.updatedAt, t.id),
    // Import matches duplicates by name.
    index("organizations_name_idx").on(t.name),
  ],
);

export type OrganizationRow = typeof organizations.$inferSelect;
