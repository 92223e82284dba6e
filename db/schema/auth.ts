import { integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * Sign-in attempt counters, in the database so that every app server sees the same count.
 * An attempt is counted before its password is checked (and taken back when it succeeds),
 * so parallel requests cannot all pass a "limit reached?" read first.
 * Keys: "pair:<email>|<address>" and "ip:<address>" (hard limits per window),
 * "account:<email>" (growing delays from any address), "setup:<address>".
 */
export const signInThrottle = pgTable("sign_in_throttle", {
  key: text("key").primaryKey(),
  attempts: integer("attempts").notNull(),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull(),
  /** Growing delay of an account key: no attempt is counted or checked before this time. */
  blockedUntil: timestamp("blocked_until", { withTimezone: true }),
});

/**
 * Addresses from which a user signed in successfully: there, the account's growing delay
 * (which anyone on the internet can trigger) does not apply, only the address's own limit.
 */
export const signInKnownAddresses = pgTable(
  "sign_in_known_addresses",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    address: text("address").notNull(),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.address] })],
);

// Installation-wide secrets generated on first use, so a fresh install needs no .env file
// and every app server signs sessions with the same key.
export const appSecrets = pgTable("app_secrets", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
