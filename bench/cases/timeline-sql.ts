import type { TimelineCursor } from "@/lib/timeline/model";

function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * The "limit" for a timeline page: one statement that walks the organization's entries
 * newest first from the cursor (keyset on timeline_entries (organization_id, occurred_at,
 * id)), one row past the page to know whether another follows, and joins the details each
 * kind shows (report with template and author, schedule with assignee, status change with
 * who made it) in the same round trip.
 */
export function organizationTimelineSql(
  organizationId: number,
  kinds: readonly string[],
  cursor: TimelineCursor | null,
  pageSize: number,
): string {
  const after = cursor ? `and (e.occurred_at, e.id) < (${literal(cursor.at)}::timestamptz, ${Math.trunc(cursor.id)})` : "";
  return `with page as (
  select e.id, e.kind, e.ref_id, e.occurred_at, e.customer_id
    from timeline_entries e
   where e.organization_id = ${Math.trunc(organizationId)} and e.kind in (${kinds.map(literal).join(", ")}) ${after}
   order by e.occurred_at desc, e.id desc
   limit ${pageSize + 1})
select p.id, p.kind, p.occurred_at::text as at, c.name as customer_name,
       r.title as report_title, r.fields as report_fields, t.name as template_name, t.fields as template_fields,
       t.retired_fields, ra.name as author,
       s.title as schedule_title, s.starts_at, s.ends_at, s.place, s.done_at, sa.name as assignee,
       sc.from_status_name, sc.to_status_name, sb.name as changed_by
  from page p
  join customers c on c.id = p.customer_id
  left join reports r on p.kind = 'report' and r.id = p.ref_id
  left join templates t on t.id = r.template_id
  left join users ra on ra.id = r.author_id
  left join schedules s on p.kind = 'schedule' and s.id = p.ref_id
  left join users sa on sa.id = s.assignee_id
  left join customer_status_changes sc on p.kind = 'status_change' and sc.id = p.ref_id
  left join users sb on sb.id = sc.changed_by
 order by p.occurred_at desc, p.id desc`;
}
