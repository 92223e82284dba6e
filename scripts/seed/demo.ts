import { count } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_ADMIN } from "@/lib/demo";
import { ensureSeededCustomerSettings } from "@/lib/customer-settings/seeded";
import { ensureSeededTemplates } from "@/lib/templates/seeded";
import { seedDemoActivity } from "./activity";
import { seedDemoCustomers } from "./customers";
import { seedDemoOrganizations } from "./organizations";

/**
 * Demo data. Each step is idempotent, so the seed can run on every `npm run demo`;
 * later issues add their steps here.
 */
export async function seedDemo(): Promise<{ adminCreated: boolean }> {
  await ensureSeededTemplates(db);
  await ensureSeededCustomerSettings(db);
  const [row] = await db.select({ n: count() }).from(users);
  if ((row?.n ?? 0) > 0) return { adminCreated: false };
  const [admin] = await db
    .insert(users)
    .values({ email: DEMO_ADMIN.email, name: DEMO_ADMIN.name, role: "admin", passwordHash: await hashPassword(DEMO_ADMIN.password) })
    .returning({ id: users.id });
  await seedDemoCustomers(admin!.id);
  await seedDemoOrganizations(admin!.id);
  await seedDemoActivity(admin!.id);
  return { adminCreated: true };
}
