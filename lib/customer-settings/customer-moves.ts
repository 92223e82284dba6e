import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { queryRows } from "@/db/rows";
import { customers } from "@/db/schema";

export type ListItemRef = { id: number; name: string };
export type MoveCustomers = (tx: Database, from: ListItemRef, to: ListItemRef | null, actorId: number) => Promise<number>;

/**
 * Moving customers off a deleted status is a status change like any other: one history row
 * per customer, written set-wise in the same statement so thousands of customers cost one
 * round trip and no parameter limit.
 */
export const moveStatusCustomers: MoveCustomers = async (tx, from, to, actorId) => {
  if (!to) throw new Error("a status move needs a target");
  const [result] = await queryRows<{ moved: number }>(
    sql`with moved as (
          update customers
             set status_id = ${to.id}, version = version + 1, updated_at = now(), updated_by = ${actorId}
           where status_id = ${from.id}
       returning id
        ),
        recorded as (
        insert into customer_status_changes
               (customer_id, from_status_id, from_status_name, to_status_id, to_status_name, changed_by)
        select id, ${from.id}::integer, ${from.name}::text, ${to.id}::integer, ${to.name}::text, ${actorId}::integer from moved
        returning 1
        )
        select count(*)::int as moved from recorded`,
    tx,
  );
  return Number(result?.moved ?? 0);
};

export const moveClassCustomers: MoveCustomers = async (tx, from, to, actorId) => {
  const moved = await tx
    .update(customers)
    .set({ classId: to?.id ?? null, version: sql`${customers.version} + 1`, updatedAt: sql`now()`, updatedBy: actorId })
    .where(eq(customers.classId, from.id))
    .returning({ id: customers.id });
  return moved.length;
};
