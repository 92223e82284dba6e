import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

// Failed sign-in counters live in the database so that every app server sees the same count.
export const signInThrottle = pgTable("sign_in_throttle", {
  key: text("key").primaryKey(), // "account:<email>" or "ip:<address>"
  failures: integer("failures").notNull(),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull(),
});

// Installation-wide secrets generated on first use, so a fresh install needs no .env file
// and every app server signs sessions with the same key.
export const appSecrets = pgTable("app_secrets", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
