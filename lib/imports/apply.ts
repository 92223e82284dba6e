import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { queryRows } from "@/db/rows";
import { DomainError } from "@/lib/errors";
import type { ImportKind } from "./model";
import type { Stage } from "./stage";

export class ConcurrentEditError extends DomainError {
  constructor(kindLabel: string) {
    super(
      `確認の後に他のユーザーが更新した${kindLabel}があるため、上書きしませんでした。データは何も登録されていません。もう一度登録を実行してください。`,
    );
    this.name = "ConcurrentEditError";
  }
}

type SeqRange = { after: number; last: number; updates: number };
type Context = { tx: Database; stage: Stage; templateId: number; actorId: number | null };

function affected(result: unknown): number {
  const r = result as { count?: number; affectedRows?: number };
  return Number(r.count ?? r.affectedRows ?? 0);
}

const inWindow = (w: SeqRange) => sql`s.seq > ${w.after} and s.seq <= ${w.last}`;

async function applyOrganizations({ tx, stage, templateId, actorId }: Context, w: SeqRange, kindLabel: string): Promise<void> {
  const updated = await tx.execute(sql`
    update organizations o set template_id = ${templateId}, name = s.name, name_kana = s.name_kana, search_keywords = s.search_keywords,
      fields = s.fields, search_text = s.search_text, search_grams = s.search_grams, sort_key = s.sort_key,
      version = o.version + 1, updated_at = now(), updated_by = ${actorId}
    from ${stage.table} s
    where ${inWindow(w)} and s.action = 'update' and o.id = s.target_id and o.version = s.target_version`);
  if (affected(updated) !== w.updates) throw new ConcurrentEditError(kindLabel);
  await tx.execute(sql`
    insert into organizations (template_id, name, name_kana, search_keywords, fields, search_text, search_grams, sort_key, created_by, updated_by)
    select ${templateId}, s.name, s.name_kana, s.search_keywords, s.fields, s.search_text, s.search_grams, s.sort_key, ${actorId}, ${actorId}
    from ${stage.table} s where ${inWindow(w)} and s.action = 'insert' order by s.seq`);
}

async function applyCustomers({ tx, stage, templateId, actorId }: Context, w: SeqRange, kindLabel: string): Promise<void> {
  // Status history first, while the rows still hold their old status (the version check
  // below refuses the whole commit if any of them changed since it was read).
  await tx.execute(sql`
    insert into customer_status_changes (customer_id, from_status_id, from_status_name, to_status_id, to_status_name, changed_by)
    select c.id, c.status_id, fs.name, s.status_id, ts.name, ${actorId}
    from ${stage.table} s join customers c on c.id = s.target_id and c.version = s.target_version
      join statuses ts on ts.id = s.status_id left join statuses fs on fs.id = c.status_id
    where ${inWindow(w)} and s.action = 'update' and c.status_id <> s.status_id
    order by s.seq`);
  const updated = await tx.execute(sql`
    update customers c set template_id = ${templateId}, name = s.name, name_kana = s.name_kana, search_keywords = s.search_keywords,
      fields = s.fields, search_text = s.search_text, search_grams = s.search_grams, sort_key = s.sort_key,
      status_id = s.status_id, class_id = s.class_id, tag_ids = s.tag_ids, important = s.important, organization_id = s.organization_id,
      version = c.version + 1, updated_at = now(), updated_by = ${actorId}
    from ${stage.table} s
    where ${inWindow(w)} and s.action = 'update' and c.id = s.target_id and c.version = s.target_version`);
  if (affected(updated) !== w.updates) throw new ConcurrentEditError(kindLabel);
  // Every new customer gets its first status history row (from none to its status).
  await tx.execute(sql`
    with created as (
      insert into customers (template_id, name, name_kana, search_keywords, fields, search_text, search_grams, sort_key,
        status_id, class_id, tag_ids, important, organization_id, created_by, updated_by)
      select ${templateId}, s.name, s.name_kana, s.search_keywords, s.fields, s.search_text, s.search_grams, s.sort_key,
        s.status_id, s.class_id, s.tag_ids, s.important, s.organization_id, ${actorId}, ${actorId}
      from ${stage.table} s where ${inWindow(w)} and s.action = 'insert' order by s.seq
      returning id, status_id)
    insert into customer_status_changes (customer_id, from_status_id, from_status_name, to_status_id, to_status_name, changed_by)
    select created.id, null, null, created.status_id, st.name, ${actorId} from created join statuses st on st.id = created.status_id
    order by created.id`);
}

/**
 * Tags have no foreign key (an array column): lock the ones the stage uses FOR SHARE, so a
 * tag deleted meanwhile is noticed here and one being deleted waits for this commit.
 */
export async function lockStagedTags(tx: Database, stage: Stage): Promise<void> {
  const used = sql`(select distinct unnest(tag_ids) from ${stage.table})`;
  const locked = await queryRows<{ id: number }>(sql`select id from tags where id in ${used} for share`, tx);
  const [wanted] = await queryRows<{ n: number }>(sql`select count(*)::int as n from ${used} t`, tx);
  if (locked.length !== (wanted?.n ?? 0))
    throw new DomainError("確認の後に削除されたタグがあります。データは何も登録されていません。もう一度確認してから登録してください。");
}

export function applyWindow(kind: ImportKind, context: Context, w: SeqRange, kindLabel: string): Promise<void> {
  return kind === "customer" ? applyCustomers(context, w, kindLabel) : applyOrganizations(context, w, kindLabel);
}
