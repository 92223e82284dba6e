import "server-only";
import { asc, count, getTableColumns, isNotNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { customers, tags } from "@/db/schema";
import { requireUser } from "@/lib/auth/current-user";
import type { OrderedListKind } from "@/lib/customer-settings/model/inputs";
import { ORDERED_LISTS } from "./ordered-list-tables";
import type { CustomerClass, Status, Tag } from "./queries";

/** A status, class or tag with how many customers carry it (shown on its settings page). */
export type WithUsage<T> = T & { customerCount: number };

/** In list order, each with its customer count (one grouped scan of the status/class index). */
export async function listOrderedItemsWithUsage(kind: OrderedListKind): Promise<WithUsage<Status | CustomerClass>[]> {
  await requireUser();
  const { table: t, customerColumn } = ORDERED_LISTS[kind];
  const [items, counts] = await Promise.all([
    db.select().from(t).orderBy(asc(t.position), asc(t.id)),
    db.select({ id: customerColumn, n: count() }).from(customers).where(isNotNull(customerColumn)).groupBy(customerColumn),
  ]);
  const byId = new Map(counts.map((c) => [c.id, c.n]));
  return items.map((item) => ({ ...item, customerCount: byId.get(item.id) ?? 0 }));
}

/** Tags by name, each counted through the tag_ids GIN index (`@>`), not by unnesting every row. */
export async function listTagsWithUsage(): Promise<WithUsage<Tag>[]> {
  await requireUser();
  return db
    .select({
      ...getTableColumns(tags),
      // Written out: drizzle leaves columns unqualified in a select list, and an unqualified
      // "id" here would mean customers.id.
      customerCount: sql<number>`(select count(*)::int from customers where customers.tag_ids @> array[tags.id])`,
    })
    .from(tags)
    .orderBy(asc(tags.name), asc(tags.id));
}
