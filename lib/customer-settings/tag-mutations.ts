import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { customers, tags } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { requireAdmin } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/errors";
import { settingFields, settingIdInput, settingUpdateInput, type SettingFields } from "@/lib/customer-settings/model/inputs";
import { asDuplicateName } from "./unique-name";

const LABEL = "タグ";

export async function createTag(input: SettingFields): Promise<{ id: number }> {
  const actor = await requireAdmin();
  const { name, color } = settingFields(LABEL).parse(input);
  try {
    return await db.transaction(async (tx) => {
      const [created] = await tx.insert(tags).values({ name, color }).returning({ id: tags.id });
      if (!created) throw new Error("insert returned no row");
      await recordAudit(tx, { actorId: actor.id, action: "create", entity: "tag", entityId: created.id, diff: { name, color } });
      return created;
    });
  } catch (error) {
    throw asDuplicateName(error, LABEL, name);
  }
}

export async function updateTag(input: SettingFields & { id: number }): Promise<void> {
  const actor = await requireAdmin();
  const { id, name, color } = settingUpdateInput(LABEL).parse(input);
  try {
    await db.transaction(async (tx) => {
      const [before] = await tx.select({ name: tags.name, color: tags.color }).from(tags).where(eq(tags.id, id)).for("update");
      if (!before) throw new NotFoundError(LABEL);
      await tx.update(tags).set({ name, color }).where(eq(tags.id, id));
      await recordAudit(tx, {
        actorId: actor.id,
        action: "update",
        entity: "tag",
        entityId: id,
        diff: { from: before, to: { name, color } },
      });
    });
  } catch (error) {
    throw asDuplicateName(error, LABEL, name);
  }
}

/**
 * Takes the tag off every customer that carries it (found through the tag_ids GIN index),
 * then deletes it, in one transaction; answers how many customers lost it. Locking the tag
 * first makes a concurrent save that adds it wait and then find it gone.
 */
export async function deleteTag(input: { id: number }): Promise<{ removedFrom: number }> {
  const actor = await requireAdmin();
  const { id } = settingIdInput.parse(input);
  return db.transaction(async (tx) => {
    const [tag] = await tx.select({ name: tags.name }).from(tags).where(eq(tags.id, id)).for("update");
    if (!tag) throw new NotFoundError(LABEL);
    const untagged = await tx
      .update(customers)
      .set({
        tagIds: sql`array_remove(${customers.tagIds}, ${id}::integer)`,
        version: sql`${customers.version} + 1`,
        updatedAt: sql`now()`,
        updatedBy: actor.id,
      })
      .where(sql`${customers.tagIds} @> array[${id}::integer]`)
      .returning({ id: customers.id });
    await tx.delete(tags).where(eq(tags.id, id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "delete",
      entity: "tag",
      entityId: id,
      diff: { name: tag.name, removedFrom: untagged.length },
    });
    return { removedFrom: untagged.length };
  });
}
