import { DEMO_ADMIN } from "@/lib/demo";
import type { CaseDetail } from "../cases/types";
import { loadPath } from "./load";
import { signInOverHttp } from "./sign-in";

export type HttpOptions = {
  baseUrl: string;
  /** Paths to load, e.g. "/customers" and a filtered list. */
  paths: string[];
  connections: number;
  seconds: number;
  /** Seconds of load before each measured run (route modules load, V8 warms up). */
  warmupSeconds: number;
  account?: { email: string; password: string };
  log?: (line: string) => void;
};

/**
 * Pages over HTTP as the seeded admin: a first request must be the page itself (not a
 * redirect to /login), then each path under load. No limit to compare with:
 * limit_p95_ms and ratio are null.
 */
export async function runHttpCases(options: HttpOptions): Promise<CaseDetail[]> {
  const log = options.log ?? (() => {});
  const cookie = await signInOverHttp(options.baseUrl, options.account ?? DEMO_ADMIN);
  const details: CaseDetail[] = [];
  for (const path of options.paths) {
    const first = await fetch(new URL(path, options.baseUrl), { headers: { cookie }, redirect: "manual" });
    const html = await first.text();
    // Every signed-in page has 顧客一覧 in its menu; the sign-in page has not.
    if (first.status !== 200 || !html.includes("顧客一覧"))
      throw new Error(`GET ${path} as the admin: ${first.status}, not a signed-in page`);
    const run = { baseUrl: options.baseUrl, path, cookie, connections: options.connections };
    if (options.warmupSeconds > 0) await loadPath({ ...run, seconds: options.warmupSeconds });
    const result = await loadPath({ ...run, seconds: options.seconds });
    log(`http ${path}: p95 ${result.p95_ms} ms, ${result.requests} requests (${result.requestsPerSecond}/s), ${result.errors} errors`);
    details.push({
      name: `http: GET ${path} (${options.connections} connections)`,
      p50_ms: result.p50_ms,
      p95_ms: result.p95_ms,
      limit_p95_ms: null,
      ratio: null,
      requests: result.requests,
      errors: result.errors,
      limit_p50_ms: null,
      parts: {},
      mismatch: null,
    });
  }
  return details;
}
