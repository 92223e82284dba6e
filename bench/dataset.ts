import type { RawClient } from "./raw-client";

// Tables counted when they exist (a dataset seeded before a migration may lack some).
const COUNTED = [
  "customers",
  "organizations",
  "reports",
  "schedules",
  "customer_status_changes",
  "timeline_entries",
  "statuses",
  "customer_classes",
  "tags",
  "users",
];

/** Row counts of the dataset under test (exact: the bench is not timed while counting). */
export async function datasetCounts(raw: RawClient): Promise<Record<string, number | string>> {
  const counts: Record<string, number | string> = {};
  for (const table of COUNTED) {
    const [exists] = await raw.query<{ ok: boolean }>(`select to_regclass($1) is not null as ok`, [table]);
    if (!exists?.ok) continue;
    const [row] = await raw.query<{ n: number }>(`select count(*)::int as n from ${table}`);
    counts[table] = row?.n ?? 0;
  }
  counts.engine = raw.engine;
  return counts;
}
