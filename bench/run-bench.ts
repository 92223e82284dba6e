import { loadBenchContext } from "./cases/context";
import { customerSearchCases } from "./cases/customer-search";
import type { BenchCase, CaseDetail } from "./cases/types";
import { datasetCounts } from "./dataset";
import { explainCase } from "./explain";
import { rawClient } from "./raw-client";
import { runCase, type RunOptions } from "./runner";

export type BenchOptions = RunOptions & {
  /** Only cases whose name contains this text. */
  only?: string;
  /** EXPLAIN the cases over this p95 (ms) or ratio 1.5; none: no EXPLAIN. */
  explainOverMs?: number;
  log?: (line: string) => void;
};

export type BenchRun = { dataset: Record<string, number | string>; details: CaseDetail[]; explains: string[] };

const RATIO_TARGET = 1.5;

/** Runs every case on the database the app is configured for (DATABASE_URL or PGlite). */
export async function runBench(options: BenchOptions): Promise<BenchRun> {
  const log = options.log ?? (() => {});
  const raw = await rawClient();
  const context = await loadBenchContext(raw);
  const cases: BenchCase[] = customerSearchCases(context).filter((c) => !options.only || c.name.includes(options.only));
  const dataset = await datasetCounts(raw);
  const details: CaseDetail[] = [];
  const answers = new Map<string, unknown>();
  const explains: string[] = [];
  for (const benchCase of cases) {
    const { detail, answer } = await runCase(benchCase, options);
    const twin = benchCase.sameAnswerAs ? answers.get(benchCase.sameAnswerAs) : undefined;
    if (twin !== undefined && JSON.stringify(twin) !== JSON.stringify(answer)) detail.mismatch ??= `answer differs from ${benchCase.sameAnswerAs}`;
    answers.set(benchCase.name, answer);
    details.push(detail);
    log(`${benchCase.name}: p95 ${detail.p95_ms} ms, limit ${detail.limit_p95_ms} ms`);
    const over = options.explainOverMs !== undefined && (detail.p95_ms > options.explainOverMs || detail.ratio > RATIO_TARGET);
    if (over) explains.push(await explainCase(raw, benchCase));
  }
  return { dataset, details, explains };
}
