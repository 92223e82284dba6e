import type { BenchCase } from "./cases/types";
import type { RawClient } from "./raw-client";

// The session's user lookup (requireUser) is the same for every case and always fast; the
// planner-estimate EXPLAIN of lib/customers/count.ts cannot be explained again.
const SKIPPED = /from "users"|^\s*explain/iu;

async function explainOne(raw: RawClient, text: string, params: unknown[]): Promise<string> {
  const rows = await raw.query<Record<string, string>>(`explain (analyze, buffers) ${text}`, params);
  return rows.map((row) => Object.values(row)[0]).join("\n");
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of exactly what the lib function sent (captured from the
 * driver, with its parameters) and of the hand-written limit, after the timed runs so
 * that caches are as warm as they were during the measurement.
 */
export async function explainCase(raw: RawClient, benchCase: BenchCase): Promise<string> {
  const out = [`=== ${benchCase.name}`];
  const captured = await raw.captureQueries(benchCase.lib);
  for (const query of captured.filter((q) => !SKIPPED.test(q.text))) {
    out.push(`--- lib: ${query.text}`, `    params: ${JSON.stringify(query.params)}`, await explainOne(raw, query.text, query.params));
  }
  const limitSql = benchCase.limitSqlText ? await benchCase.limitSqlText() : (benchCase.limitSql ?? []);
  for (const text of limitSql) out.push(`--- limit: ${text}`, await explainOne(raw, text, []));
  return out.join("\n");
}
