import "server-only";
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { recordId } from "@/lib/shared/validation/record-id";
import { db } from "@/db/client";
import { savedViews, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { requireUser } from "@/lib/auth/current-user";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { customerFilter, EMPTY_FILTER, type CustomerFilter } from "@/lib/customers/model/filter";

export const createSavedViewInput = z.object({
  name: z.string().trim().min(1, "名前を入力してください").max(50, "名前は50文字以内で入力してください"),
  filter: customerFilter,
});
export const savedViewIdInput = z.object({ id: recordId("保存した条件が見つかりません") });

export type SavedView = { id: number; name: string; filter: CustomerFilter; createdBy: number | null; createdByName: string | null };

/** Every saved view of the team, by name. A filter stored by an older version parses leniently. */
export async function listSavedViews(): Promise<SavedView[]> {
  await requireUser();
  const rows = await db
    .select({
      id: savedViews.id,
      name: savedViews.name,
      filter: savedViews.filter,
      createdBy: savedViews.createdBy,
      createdByName: users.name,
    })
    .from(savedViews)
    .leftJoin(users, eq(users.id, savedViews.createdBy))
    .orderBy(asc(savedViews.name), asc(savedViews.id));
  return rows.map((row) => ({ ...row, filter: customerFilter.safeParse(row.filter).data ?? EMPTY_FILTER }));
}

export async function createSavedView(input: z.input<typeof createSavedViewInput>): Promise<{ id: number }> {
  const actor = await requireUser();
  const { name, filter } = createSavedViewInput.parse(input);
  const [created] = await db.insert(savedViews).values({ name, filter, createdBy: actor.id }).returning({ id: savedViews.id });
  return created!;
}

/** Whoever saved a view, or an admin, may delete it. */
export async function deleteSavedView(input: { id: number }): Promise<void> {
  const actor = await requireUser();
  const { id } = savedViewIdInput.parse(input);
  await db.transaction(async (tx) => {
    const [view] = await tx.select().from(savedViews).where(eq(savedViews.id, id)).for("update");
    if (!view) throw new NotFoundError("保存した検索条件");
    if (view.createdBy !== actor.id && actor.role !== "admin") throw new ForbiddenError();
    await tx.delete(savedViews).where(eq(savedViews.id, id));
    await recordAudit(tx, { actorId: actor.id, action: "delete", entity: "saved_view", entityId: id });
  });
}
