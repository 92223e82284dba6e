import { sql } from "drizzle-orm";
import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

export const userRole = pgEnum("user_role", ["admin", "member"]);

export const users = pgTable(
  "users",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: userRole("role").notNull().default("member"),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    /**
     * Copied into the session token at sign-in and compared on every request: raising it
     * ends every session of the user (sign-out, disable, role or password change).
     */
    sessionVersion: integer("session_version").notNull().default(1),
    /** Set with a password an admin chose: the app shows only the password change until done. */
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    passwordChangedAt: timestamp("password_changed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // E-mail addresses are case-insensitive: the database, not the app, keeps them unique.
    uniqueIndex("users_email_lower_key").on(sql`lower(${t.email})`),
    // The last-admin check scans active admins under lock.
    index("users_role_idx").on(t.role),
  ],
);

export type UserRow = typeof users.$inferSelect;
