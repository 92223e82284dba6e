import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { FieldDefinition } from "@/lib/templates/model/definition";

export const templateKind = pgEnum("template_kind", ["customer", "organization", "report"]);

export const templates = pgTable(
  "templates",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    kind: templateKind("kind").notNull(),
    name: text("name").notNull(),
    fields: jsonb("fields").$type<FieldDefinition[]>().notNull(),
    // Definitions of fields removed from the template: records keep their values, and
    // show them read-only under the old label.
    retiredFields: jsonb("retired_fields").$type<FieldDefinition[]>().notNull().default([]),
    isDefault: boolean("is_default").notNull().default(false),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // At most one default per kind, enforced by the database.
    uniqueIndex("templates_one_default_per_kind")
      .on(t.kind)
      .where(sql`${t.isDefault}`),
    index("templates_kind_idx").on(t.kind, t.archivedAt),
  ],
);

export type TemplateRow = typeof templates.$inferSelect;
