import autocannon from "autocannon";
import { percentile } from "../stats";

export type LoadOptions = { baseUrl: string; path: string; cookie: string; connections: number; seconds: number };
export type LoadResult = { p50_ms: number; p95_ms: number; requests: number; errors: number; requestsPerSecond: number };

/**
 * `connections` clients requesting `path` back to back for `seconds` (autocannon). Every
 * response time is kept, so p95 is the nearest-rank percentile as for the other cases
 * (autocannon's own summary has p90 and p97.5, not p95). Errors: connection errors,
 * timeouts and any answer other than 2xx (a redirect to /login is one).
 */
export async function loadPath(options: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: new URL(options.path, options.baseUrl).toString(),
        connections: options.connections,
        duration: options.seconds,
        headers: { cookie: options.cookie, accept: "text/html" },
        timeout: 10,
      },
      (error, done) => (error ? reject(error as Error) : resolve(done)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  return {
    p50_ms: percentile(times, 50),
    p95_ms: percentile(times, 95),
    requests: times.length,
    errors: result.errors + result.timeouts + result.non2xx,
    requestsPerSecond: Math.round((times.length / options.seconds) * 10) / 10,
  };
}
