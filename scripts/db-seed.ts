import { closeDatabase, getDatabaseEngine } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemo } from "./seed/demo";
import { DEMO_ADMIN } from "@/lib/demo";

async function main() {
  await migrateDatabase();
  const { adminCreated } = await seedDemo();
  console.log(`demo data ready (${getDatabaseEngine()})`);
  console.log(
    adminCreated
      ? `demo admin created: ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`
      : `users already exist; the demo admin, if seeded earlier: ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`,
  );
  await closeDatabase();
}

void main();
