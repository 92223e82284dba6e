import { closeDatabase, getDatabaseEngine } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

async function main() {
  await migrateDatabase();
  console.log(`migrations applied (${getDatabaseEngine()})`);
  await closeDatabase();
}

void main();
