import { loadBenchContext, type BenchContext } from "./cases/context";
import { customerSearchCases } from "./cases/customer-search";
import { timelineCases } from "./cases/timeline";
import type { BenchCase, CaseDetail } from "./cases/types";
import { datasetCounts } from "./dataset";
import { explainCase } from "./explain";
import { rawClient } from "./raw-client";
import { runCase, type RunOptions } from "./runner";

export type BenchOptions = RunOptions & {
  /** Only cases whose name contains this text. */
  only?: string;
  /** EXPLAIN (ANALYZE, BUFFERS) the cases over their target (TARGET_MS) or ratio 1.5. */
  explain?: boolean;
  /** EXPLAIN the cases over this p95 (ms) instead of their target (0: every case). */
  explainOverMs?: number;
  log?: (line: string) => void;
};

export type BenchRun = {
  dataset: Record<string, number | string>;
  details: CaseDetail[];
  explains: string[];
  /** Cases that could not run on this dataset (e.g. too few timeline pages), with why. */
  skipped: string[];
  context: BenchContext;
};

/** Issue 5's targets (p95, ms). PGlite has a search target only; its timeline gets the same. */
export const TARGET_MS = {
  postgres: { search: 50, timeline: 30 },
  pglite: { search: 200, timeline: 200 },
} as const;
export const RATIO_TARGET = 1.5;

/** Runs every case on the database the app is configured for (DATABASE_URL or PGlite). */
export async function runBench(options: BenchOptions): Promise<BenchRun> {
  const log = options.log ?? (() => {});
  const raw = await rawClient();
  const context = await loadBenchContext(raw);
  if (context.largestOrganizationId === null) log("no organizations in the dataset: organization cases left out (re-run bench:seed)");
  const cases: BenchCase[] = [...customerSearchCases(context), ...timelineCases(context)].filter(
    (c) => !options.only || c.name.includes(options.only),
  );
  const dataset = await datasetCounts(raw);
  const details: CaseDetail[] = [];
  const answers = new Map<string, unknown>();
  const explains: string[] = [];
  const skipped: string[] = [];
  for (const benchCase of cases) {
    let ran: Awaited<ReturnType<typeof runCase>>;
    try {
      ran = await runCase(benchCase, options);
    } catch (error) {
      skipped.push(`${benchCase.name}: ${error instanceof Error ? error.message : String(error)}`);
      log(`${benchCase.name}: skipped: ${skipped.at(-1)}`);
      continue;
    }
    const { detail, answer } = ran;
    const twin = benchCase.sameAnswerAs ? answers.get(benchCase.sameAnswerAs) : undefined;
    if (twin !== undefined && JSON.stringify(twin) !== JSON.stringify(answer))
      detail.mismatch ??= `answer differs from ${benchCase.sameAnswerAs}`;
    answers.set(benchCase.name, answer);
    details.push(detail);
    log(`${benchCase.name}: p95 ${detail.p95_ms} ms, limit ${detail.limit_p95_ms} ms${detail.mismatch ? ` ⚠ ${detail.mismatch}` : ""}`);
    const threshold = options.explainOverMs ?? TARGET_MS[raw.engine][benchCase.group];
    const over = detail.p95_ms > threshold || (detail.ratio ?? 0) > RATIO_TARGET;
    if ((options.explain || options.explainOverMs !== undefined) && over) explains.push(await explainCase(raw, benchCase));
  }
  return { dataset, details, explains, skipped, context };
}
