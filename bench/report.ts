import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { CaseDetail, CaseResult } from "./cases/types";

const cell = (value: number | string | null | undefined, width: number) => String(value ?? "–").padStart(width);

export function printTable(details: readonly CaseDetail[]): void {
  const partNames = [...new Set(details.flatMap((d) => Object.keys(d.parts)))];
  const header = ["case".padEnd(34), "p50", "p95", "limit p50", "limit p95", "ratio", ...partNames.map((p) => `${p} p95`)];
  console.log(header.map((h, i) => (i === 0 ? h : cell(h, 10))).join(" "));
  for (const d of details) {
    const parts = partNames.map((p) => cell(d.parts[p] ?? "", 10));
    const cells = [d.p50_ms, d.p95_ms, d.limit_p50_ms, d.limit_p95_ms, d.ratio].map((v) => cell(v, 10));
    const errors = d.errors === undefined ? "" : ` ${d.requests} requests, ${d.errors} errors`;
    console.log([d.name.padEnd(34), ...cells, ...parts, errors, d.mismatch ? ` ⚠ ${d.mismatch}` : ""].join(" "));
  }
}

/**
 * The JSON of issue 5: dataset counts and, per case, these five numbers (HTTP cases: no
 * limit, so null, and the number of requests and of errors of the load run).
 */
export function writeJson(file: string, dataset: Record<string, number | string>, details: readonly CaseDetail[]): void {
  const cases: CaseResult[] = details.map(({ name, p50_ms, p95_ms, limit_p95_ms, ratio, requests, errors }) => ({
    name,
    p50_ms,
    p95_ms,
    limit_p95_ms,
    ratio,
    ...(requests === undefined ? {} : { requests, errors }),
  }));
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ dataset, cases }, null, 2)}\n`);
}
