import { readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { writeJson } from "@/bench/report";
import { runBench } from "@/bench/run-bench";
import { seedDataset } from "@/bench/seed/seed-dataset";

// The benchmark must keep working as the schema and lib/ change; timings are not asserted
// (a shared 2-core machine makes them meaningless at this size).
test("bench seeds a small dataset and writes the result JSON", async () => {
  const quiet = () => {};
  const counts = await seedDataset({ customers: 300, seed: 1 }, { connections: 1, maintenanceWorkMem: "64MB" }, quiet);
  expect(counts.customers).toBe(300);

  const run = await runBench({ runs: 2, warmup: 1, explainOverMs: 0 });
  const file = path.join(await mkdtemp(path.join(tmpdir(), "bench-")), "result.json");
  writeJson(file, run.dataset, run.details);
  const json = JSON.parse(readFileSync(file, "utf8")) as { dataset: Record<string, unknown>; cases: Record<string, unknown>[] };

  expect(json.dataset).toMatchObject({ customers: 300, engine: expect.stringMatching(/^(postgres|pglite)$/) });
  expect(json.cases.length).toBeGreaterThanOrEqual(12);
  for (const entry of json.cases) {
    expect(Object.keys(entry)).toEqual(["name", "p50_ms", "p95_ms", "limit_p95_ms", "ratio"]);
    for (const key of ["p50_ms", "p95_ms", "limit_p95_ms", "ratio"]) expect(typeof entry[key]).toBe("number");
  }
  // lib/ and the hand-written SQL agree on every answer, and あいだ finds what アイダ finds.
  expect(run.details.filter((d) => d.mismatch)).toEqual([]);
  expect(run.explains.length).toBe(json.cases.length);
});
