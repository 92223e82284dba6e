import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { recordAudit } from "@/lib/audit";
import { requireAdmin } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/errors";
import {
  moveItemInput,
  settingFields,
  settingUpdateInput,
  type MoveItemInput,
  type SettingFields,
} from "@/lib/customer-settings/model/inputs";
import type { OrderedListKind } from "@/lib/customer-settings/model/inputs";
import { ORDERED_LISTS } from "./ordered-list-tables";
import { asDuplicateName } from "./unique-name";

// Add, rename/recolour and reorder for ステータス and 客区分 alike; deletion is in
// ordered-list-delete.ts.

/** Appends the item at the end of the list. */
export async function createOrderedItem(kind: OrderedListKind, input: SettingFields): Promise<{ id: number }> {
  const list = ORDERED_LISTS[kind];
  const actor = await requireAdmin();
  const { name, color } = settingFields(list.label).parse(input);
  const t = list.table;
  try {
    return await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(t)
        .values({ name, color, position: sql`(select coalesce(max(${t.position}), 0) + 1 from ${t})` })
        .returning({ id: t.id });
      if (!created) throw new Error("insert returned no row");
      await recordAudit(tx, { actorId: actor.id, action: "create", entity: list.entity, entityId: created.id, diff: { name, color } });
      return created;
    });
  } catch (error) {
    throw asDuplicateName(error, list.label, name);
  }
}

export async function updateOrderedItem(kind: OrderedListKind, input: SettingFields & { id: number }): Promise<void> {
  const list = ORDERED_LISTS[kind];
  const actor = await requireAdmin();
  const { id, name, color } = settingUpdateInput(list.label).parse(input);
  const t = list.table;
  try {
    await db.transaction(async (tx) => {
      const [before] = await tx.select({ name: t.name, color: t.color }).from(t).where(eq(t.id, id)).for("update");
      if (!before) throw new NotFoundError(list.label);
      await tx.update(t).set({ name, color }).where(eq(t.id, id));
      await recordAudit(tx, {
        actorId: actor.id,
        action: "update",
        entity: list.entity,
        entityId: id,
        diff: { from: before, to: { name, color } },
      });
    });
  } catch (error) {
    throw asDuplicateName(error, list.label, name);
  }
}

/**
 * Swaps the item with its neighbour and renumbers the list 1…n. The whole list is locked, so
 * two admins clicking at once apply one move after the other instead of losing one.
 */
export async function moveOrderedItem(kind: OrderedListKind, input: MoveItemInput): Promise<void> {
  const list = ORDERED_LISTS[kind];
  const actor = await requireAdmin();
  const { id, direction } = moveItemInput.parse(input);
  const t = list.table;
  await db.transaction(async (tx) => {
    const items = await tx.select({ id: t.id, position: t.position }).from(t).orderBy(asc(t.position), asc(t.id)).for("update");
    const from = items.findIndex((item) => item.id === id);
    if (from < 0) throw new NotFoundError(list.label);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= items.length) return; // already first or last: nothing to do
    const order = items.map((item) => item.id);
    [order[from], order[to]] = [order[to]!, order[from]!];
    for (const [index, itemId] of order.entries()) {
      if (items.find((item) => item.id === itemId)!.position !== index + 1) {
        await tx
          .update(t)
          .set({ position: index + 1 })
          .where(eq(t.id, itemId));
      }
    }
    await recordAudit(tx, { actorId: actor.id, action: "move", entity: list.entity, entityId: id, diff: { direction } });
  });
}
