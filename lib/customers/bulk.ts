import "server-only";
import { and, eq, inArray, not, sql, type SQL } from "drizzle-orm";
import { db, type Database } from "@/db/client";
import { customers } from "@/db/schema";
import { MAX_TAGS_PER_CUSTOMER } from "@/lib/customers/model/inputs";
import { recordAudit } from "@/lib/audit";
import { requireUser } from "@/lib/auth/current-user";
import { queryRows } from "@/db/rows";
import { effectiveFilter } from "./effective-filter";
import { customerWhere } from "./filter-sql";
import { bulkUpdateInput, type BulkOperation, type BulkResult, type BulkTarget, type BulkUpdateInput } from "@/lib/customers/model/inputs";
import { checkClass, checkStatus, checkTags } from "./references";

async function targetWhere(target: BulkTarget): Promise<SQL> {
  return (target.kind === "ids" ? inArray(customers.id, target.ids) : customerWhere(await effectiveFilter(target.filter))) ?? sql`true`;
}

const touched = (actorId: number) => ({ version: sql`${customers.version} + 1`, updatedAt: sql`now()`, updatedBy: actorId });

async function countWhere(tx: Database, where: SQL): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(customers)
    .where(where);
  return row?.n ?? 0;
}

/**
 * Applies one change to many customers in one transaction. Customers a tag cannot be added
 * to (they already have five) are counted and named, never silently skipped.
 */
export async function bulkUpdateCustomers(input: BulkUpdateInput): Promise<BulkResult> {
  const actor = await requireUser();
  const { target, operation } = bulkUpdateInput.parse(input);
  // Read the feature flags before the transaction (PGlite has one connection).
  const where = await targetWhere(target);
  return db.transaction(async (tx) => {
    const result = await apply(tx, where, operation, actor.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: `bulk_${operation.kind}`,
      entity: "customer",
      entityId: "bulk",
      diff: { target, operation, updated: result.updated },
    });
    return result;
  });
}

async function apply(tx: Database, where: SQL, op: BulkOperation, actorId: number): Promise<BulkResult> {
  const total = await countWhere(tx, where);
  const done = (updated: number, refused: BulkResult["refused"] = null): BulkResult => ({
    updated,
    unchanged: total - updated - (refused?.count ?? 0),
    refused,
  });
  switch (op.kind) {
    case "addTag": {
      await checkTags(tx, [op.tagId]);
      const has = sql`${customers.tagIds} @> ARRAY[${op.tagId}]::integer[]`;
      const full = sql`cardinality(${customers.tagIds}) >= ${MAX_TAGS_PER_CUSTOMER}`;
      const updated = await tx
        .update(customers)
        .set({ tagIds: sql`array_append(${customers.tagIds}, ${op.tagId})`, ...touched(actorId) })
        .where(and(where, not(has), not(full)))
        .returning({ id: customers.id });
      const refusedWhere = and(where, not(has), full)!;
      const count = await countWhere(tx, refusedWhere);
      const sample = count
        ? await tx
            .select({ id: customers.id, name: customers.name })
            .from(customers)
            .where(refusedWhere)
            .orderBy(customers.sortKey)
            .limit(50)
        : [];
      return done(
        updated.length,
        count ? { count, sample, reason: `タグが既に${MAX_TAGS_PER_CUSTOMER}個付いているため追加できませんでした` } : null,
      );
    }
    case "removeTag": {
      const updated = await tx
        .update(customers)
        .set({ tagIds: sql`array_remove(${customers.tagIds}, ${op.tagId})`, ...touched(actorId) })
        .where(and(where, sql`${customers.tagIds} @> ARRAY[${op.tagId}]::integer[]`))
        .returning({ id: customers.id });
      return done(updated.length);
    }
    case "setStatus":
      return done(await setStatus(tx, where, op.statusId, actorId));
    case "setClass": {
      await checkClass(tx, op.classId);
      const updated = await tx
        .update(customers)
        .set({ classId: op.classId, ...touched(actorId) })
        .where(and(where, sql`${customers.classId} is distinct from ${op.classId}`))
        .returning({ id: customers.id });
      return done(updated.length);
    }
    case "setImportant": {
      const updated = await tx
        .update(customers)
        .set({ important: op.important, ...touched(actorId) })
        .where(and(where, not(eq(customers.important, op.important))))
        .returning({ id: customers.id });
      return done(updated.length);
    }
  }
}

/** Status changes write their history in the same statement, from the rows it locked. */
async function setStatus(tx: Database, where: SQL, statusId: number, actorId: number): Promise<number> {
  const status = await checkStatus(tx, statusId);
  const rows = await queryRows<{ n: number }>(
    sql`with old as (
          select ${customers.id} as id, ${customers.statusId} as from_id from ${customers}
          where ${where} and ${customers.statusId} <> ${statusId} for update
        ), upd as (
          update ${customers} set status_id = ${statusId}, version = version + 1, updated_at = now(), updated_by = ${actorId}
          from old where ${customers.id} = old.id returning ${customers.id} as id, old.from_id
        ), hist as (
          insert into customer_status_changes (customer_id, from_status_id, from_status_name, to_status_id, to_status_name, changed_by)
          select upd.id, upd.from_id, s.name, ${statusId}, ${status.name}, ${actorId} from upd left join statuses s on s.id = upd.from_id
          returning 1
        )
        select count(*)::int as n from hist`,
    tx,
  );
  return rows[0]?.n ?? 0;
}
