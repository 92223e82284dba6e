import type { RawClient } from "../raw-client";

/**
 * What the row triggers of drizzle/0005_timeline_triggers.sql would have written, in one
 * set-based statement each: the seed disables those triggers during the load (a trigger
 * call per row would cost more than the whole COPY) and writes their result here.
 */

/** Every customer's registration: its first status, from nothing, when it was created. */
export function insertFirstStatusChanges(raw: RawClient): Promise<number> {
  return raw.execute(
    `insert into customer_status_changes (customer_id, from_status_id, to_status_id, from_status_name, to_status_name, changed_at, changed_by)
     select c.id, null, c.status_id, null, s.name, c.created_at, c.created_by
       from customers c join statuses s on s.id = c.status_id`,
  );
}

// kind, source table, its time column: timeline_entries.occurred_at as the triggers set it.
const SOURCES = [
  ["status_change", "customer_status_changes", "changed_at"],
  ["report", "reports", "occurred_at"],
  ["schedule", "schedules", "starts_at"],
] as const;

/** One entry per status change, report and schedule, with its customer's organization. */
export async function insertTimelineEntries(raw: RawClient, log: (line: string) => void): Promise<number> {
  let total = 0;
  for (const [kind, table, at] of SOURCES) {
    const started = performance.now();
    total += await raw.execute(
      `insert into timeline_entries (customer_id, organization_id, kind, ref_id, occurred_at)
       select x.customer_id, c.organization_id, '${kind}', x.id, x.${at}
         from ${table} x join customers c on c.id = x.customer_id`,
    );
    log(`  timeline: ${kind.padEnd(26)} ${((performance.now() - started) / 1000).toFixed(1).padStart(7)} s`);
  }
  return total;
}
