import { bigint, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./users";

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    diff: jsonb("diff").$type<Record<string, unknown>>(),
  },
  (t) => [
    index("audit_log_entity_idx").on(t.entity, t.entityId, t.at),
    // 監査ログ pages newest first by id, optionally for one user or from a date.
    index("audit_log_actor_idx").on(t.actorId, t.id),
    index("audit_log_at_idx").on(t.at),
  ],
);
