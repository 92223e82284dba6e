import "server-only";
import { count, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { customers } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { requireAdmin } from "@/lib/auth/current-user";
import { DomainError, NotFoundError } from "@/lib/errors";
import type { ListItemRef } from "./customer-moves";
import { deleteItemInput, type DeleteItemInput } from "@/lib/customer-settings/model/inputs";
import type { OrderedListKind } from "@/lib/customer-settings/model/inputs";
import { ORDERED_LISTS, type OrderedList } from "./ordered-list-tables";

function moveToError(message: string): DomainError {
  return new DomainError(message, { moveTo: [message] });
}

/** The item the customers go to: another item of the list, or none where the list allows. */
function checkTarget(list: OrderedList, item: ListItemRef, used: number, moveTo: number | "none" | undefined) {
  if (moveTo === undefined) {
    return moveToError(`この${list.label}の顧客が${used}件います。削除する前に移動先の${list.label}を選んでください。`);
  }
  if (moveTo === "none" && list.required) return moveToError(`顧客には${list.label}が必要です。移動先の${list.label}を選んでください。`);
  if (moveTo === item.id) return moveToError(`移動先には削除する${list.label}とは別の${list.label}を選んでください。`);
  return null;
}

/**
 * Deletes a status or class. When customers use it, they are first moved to `moveTo` (for a
 * status, each move is recorded in the status history), all in one transaction. Locking the
 * item first makes concurrent saves that pick it wait, so no customer is left pointing at it.
 */
export async function deleteOrderedItem(kind: OrderedListKind, input: DeleteItemInput): Promise<{ moved: number }> {
  const list = ORDERED_LISTS[kind];
  const actor = await requireAdmin();
  const { id, moveTo } = deleteItemInput.parse(input);
  const t = list.table;
  return db.transaction(async (tx) => {
    const [item] = await tx.select({ id: t.id, name: t.name }).from(t).where(eq(t.id, id)).for("update");
    if (!item) throw new NotFoundError(list.label);
    if (list.required) {
      const [all] = await tx.select({ n: count() }).from(t);
      if ((all?.n ?? 0) <= 1) throw new DomainError(`最後の${list.label}は削除できません。顧客には${list.label}が1つ必要です。`);
    }
    const [usage] = await tx.select({ n: count() }).from(customers).where(eq(list.customerColumn, id));
    const used = usage?.n ?? 0;
    let moved = 0;
    let target: ListItemRef | null = null;
    if (used > 0) {
      const refusal = checkTarget(list, item, used, moveTo);
      if (refusal) throw refusal;
      if (moveTo !== "none" && moveTo !== undefined) {
        const [found] = await tx.select({ id: t.id, name: t.name }).from(t).where(eq(t.id, moveTo)).for("share");
        if (!found)
          throw moveToError(`移動先の${list.label}が見つかりません。削除された可能性があります。ページを再読み込みしてください。`);
        target = found;
      }
      moved = await list.moveCustomers(tx, item, target, actor.id);
    }
    await tx.delete(t).where(eq(t.id, id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "delete",
      entity: list.entity,
      entityId: id,
      diff: { name: item.name, movedTo: target?.name ?? null, moved },
    });
    return { moved };
  });
}
