import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";

// campaign_targets.customer_id and timeline_entries.customer_id have no foreign key (see
// drizzle/0011): a statement-level trigger on customers detaches a deleted customer's rows.
// That trigger cannot see the rows of an execution still in flight, so a deletion and an
// execution must not overlap: executions hold this lock shared (they run side by side), a
// deletion holds it exclusively (it waits for a running execution, a few seconds at most).
const CUSTOMER_DELETION_LOCK = 7_311_001;

export async function holdCustomersAgainstDeletion(tx: Pick<Database, "execute">): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock_shared(${CUSTOMER_DELETION_LOCK})`);
}

export async function lockCustomersForDeletion(tx: Pick<Database, "execute">): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${CUSTOMER_DELETION_LOCK})`);
}
