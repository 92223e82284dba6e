import { spawn } from "node:child_process";
import path from "node:path";
import type { CaseDetail } from "../cases/types";
import { percentile } from "../stats";

type RunResult = { totalSeconds: number; state: string; copy?: { seconds: number } };

/** One run of run-import-bench.ts in its own process (it uses its own scratch database). */
function runOnce(rows: number, log: (line: string) => void): Promise<RunResult> {
  const script = path.resolve("bench/import/run-import-bench.ts");
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  // The scratch database lives on the bench's server; PGlite: a temporary directory.
  const engine = process.env.DATABASE_URL ? "postgres" : "pglite";
  const server = process.env.DATABASE_URL
    ? Object.assign(new URL(process.env.DATABASE_URL), { pathname: "/postgres" }).toString()
    : undefined;
  const args = [script, "--rows", String(rows), "--engine", engine, ...(server ? ["--server", server] : [])];
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, args, { env: { ...process.env, DATABASE_URL: undefined }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (err = (err + chunk.toString()).slice(-4000)));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`import bench exited ${code}:\n${err}`));
      const result = JSON.parse(out) as RunResult;
      if (result.state !== "done") return reject(new Error(`import ended ${result.state}:\n${out}`));
      log(`import run: ${result.totalSeconds} s, COPY ${result.copy?.seconds ?? "-"} s`);
      resolve(result);
    });
  });
}

/**
 * Issue 5: 100,000 organizations from a CP932 CSV through the real pipeline (upload, dry
 * run, commit), against COPY of the same rows with the same derived columns (the limit;
 * PostgreSQL only). Target ≤ 10 s and ≤ 3× COPY. Each run is a fresh scratch database.
 */
export async function importCase(options: { rows: number; runs: number; log?: (line: string) => void }): Promise<CaseDetail> {
  const log = options.log ?? (() => {});
  const results: RunResult[] = [];
  for (let i = 0; i < options.runs; i++) results.push(await runOnce(options.rows, log));
  const ms = results.map((r) => r.totalSeconds * 1000);
  const copy = results.flatMap((r) => (r.copy ? [r.copy.seconds * 1000] : []));
  const p95 = percentile(ms, 95);
  const limitP95 = copy.length ? percentile(copy, 95) : null;
  return {
    name: `import: ${options.rows.toLocaleString("en-US")} organizations, CP932 CSV`,
    p50_ms: percentile(ms, 50),
    p95_ms: p95,
    limit_p50_ms: copy.length ? percentile(copy, 50) : null,
    limit_p95_ms: limitP95,
    ratio: limitP95 ? Math.round((p95 / limitP95) * 100) / 100 : null,
    requests: results.length,
    parts: {},
    mismatch: null,
  };
}
