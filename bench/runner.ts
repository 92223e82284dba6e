import type { BenchCase, CaseDetail } from "./cases/types";
import { percentile, round, timeOnce } from "./stats";

export type RunOptions = { runs: number; warmup: number };

/**
 * Times one case. Lib and limit alternate, and take turns going first, so that a slow
 * moment of the machine (the other core is shared) and the cache state hit them alike.
 * The parts run in rounds of their own afterwards: an exact count reads up to a million
 * rows and, timed between them, churned the buffer cache just before every lib call.
 */
export async function runCase(benchCase: BenchCase, options: RunOptions): Promise<{ detail: CaseDetail; answer: unknown }> {
  const parts = Object.entries(benchCase.parts ?? {});
  await benchCase.prepare?.();
  for (let i = 0; i < options.warmup; i++) {
    await benchCase.lib();
    await benchCase.limit();
    for (const [, part] of parts) await part();
  }
  const libTimes: number[] = [];
  const limitTimes: number[] = [];
  const partTimes = new Map<string, number[]>(parts.map(([name]) => [name, []]));
  for (let i = 0; i < options.runs; i++) {
    if (i % 2 === 0) {
      libTimes.push(await timeOnce(benchCase.lib));
      limitTimes.push(await timeOnce(benchCase.limit));
    } else {
      limitTimes.push(await timeOnce(benchCase.limit));
      libTimes.push(await timeOnce(benchCase.lib));
    }
  }
  for (let i = 0; i < options.runs; i++) {
    for (const [name, part] of parts) partTimes.get(name)!.push(await timeOnce(part));
  }
  const answer = await benchCase.lib();
  const mismatch = benchCase.sameAnswer?.(answer, await benchCase.limit()) ?? null;
  const p95 = percentile(libTimes, 95);
  const limitP95 = percentile(limitTimes, 95);
  return {
    answer,
    detail: {
      name: benchCase.name,
      p50_ms: percentile(libTimes, 50),
      p95_ms: p95,
      limit_p95_ms: limitP95,
      ratio: round(p95 / limitP95),
      limit_p50_ms: percentile(limitTimes, 50),
      parts: Object.fromEntries([...partTimes].map(([name, times]) => [name, percentile(times, 95)])),
      mismatch,
    },
  };
}
