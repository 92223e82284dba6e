import { readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { runHttpCases } from "@/bench/http/run-http";
import { rawClient } from "@/bench/raw-client";
import { writeJson } from "@/bench/report";
import { runBench } from "@/bench/run-bench";
import { seedDataset } from "@/bench/seed/seed-dataset";

const CASE_KEYS = ["name", "p50_ms", "p95_ms", "limit_p95_ms", "ratio"];

// The benchmark must keep working as the schema and lib/ change; timings are not asserted
// (a shared 2-core machine makes them meaningless at this size).
test("bench seeds a small dataset and writes the result JSON", async () => {
  const quiet = () => {};
  // A large first organization, so that its timeline has the 20 pages the bench walks.
  const options = { customers: 300, seed: 1, largestOrganization: 150 };
  const counts = await seedDataset(options, { connections: 1, maintenanceWorkMem: "64MB" }, quiet);
  expect(counts).toMatchObject({
    customers: 300,
    organizations: 6,
    reports: 900,
    schedules: 90,
    customer_status_changes: 300,
    timeline_entries: 1290,
  });

  // What the timeline triggers would have written; the triggers are on again and every
  // index and foreign key set aside for the load is back.
  const raw = await rawClient();
  const [check] = await raw.query<Record<string, number | boolean>>(
    `select (select count(*)::int from timeline_entries e join customers c on c.id = e.customer_id
              where e.organization_id is distinct from c.organization_id) as wrong,
            (select count(*)::int from pg_trigger where not tgisinternal and tgenabled = 'D') as disabled,
            (select count(*)::int from customers where organization_id = 1) as largest,
            (select count(*)::int from pg_class where relname in ('customers_search_idx', 'reports_customer_idx', 'timeline_entries_organization_idx')) as indexes,
            (select count(*)::int from pg_constraint where conname = 'reports_customer_id_customers_id_fk') as foreign_keys,
            to_regclass('bench_deferred_ddl') is null as restored`,
  );
  expect(check).toEqual({ wrong: 0, disabled: 0, largest: 150, indexes: 3, foreign_keys: 1, restored: true });

  const run = await runBench({ runs: 2, warmup: 1, explainOverMs: 0 });
  const file = path.join(await mkdtemp(path.join(tmpdir(), "bench-")), "result.json");
  writeJson(file, run.dataset, run.details);
  const json = JSON.parse(readFileSync(file, "utf8")) as { dataset: Record<string, unknown>; cases: Record<string, unknown>[] };

  expect(json.dataset).toMatchObject({
    customers: 300,
    organizations: 6,
    reports: 900,
    engine: expect.stringMatching(/^(postgres|pglite)$/),
  });
  expect(run.skipped).toEqual([]);
  expect(json.cases.map((c) => c.name)).toEqual(
    expect.arrayContaining(["customers: organization filter", "timeline: organization page 1", "timeline: organization page 20"]),
  );
  expect(json.cases.length).toBeGreaterThanOrEqual(15);
  for (const entry of json.cases) {
    expect(Object.keys(entry)).toEqual(CASE_KEYS);
    for (const key of CASE_KEYS.slice(1)) expect(typeof entry[key]).toBe("number");
  }
  // lib/ and the hand-written SQL agree on every answer, and あいだ finds what アイダ finds.
  expect(run.details.filter((d) => d.mismatch)).toEqual([]);
  expect(run.explains.length).toBe(json.cases.length);
});

/** Enough of next-auth's credentials flow and of the list page to drive the HTTP cases. */
function stubApp(request: IncomingMessage, response: ServerResponse) {
  const cookies = request.headers.cookie ?? "";
  const url = new URL(request.url ?? "/", "http://stub");
  if (url.pathname === "/api/auth/csrf") {
    response.setHeader("set-cookie", "next-auth.csrf-token=abc%7Cdef; Path=/; HttpOnly");
    response.end(JSON.stringify({ csrfToken: "abc" }));
  } else if (url.pathname === "/api/auth/callback/credentials" && request.method === "POST") {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      const form = new URLSearchParams(body);
      const ok =
        form.get("csrfToken") === "abc" && cookies.includes("next-auth.csrf-token=abc") && form.get("password") === "demo-password";
      if (ok) response.setHeader("set-cookie", "next-auth.session-token=signed; Path=/; HttpOnly");
      response.statusCode = ok ? 200 : 401;
      response.end("{}");
    });
  } else if (url.pathname === "/customers" && cookies.includes("next-auth.session-token=signed")) {
    response.end("<h1>顧客一覧</h1>");
  } else {
    response.statusCode = 307;
    response.setHeader("location", "/login");
    response.end();
  }
}

test("HTTP cases sign in over next-auth's flow and report p95 and errors", async () => {
  const server = createServer(stubApp);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const details = await runHttpCases({
      baseUrl,
      paths: ["/customers", "/customers?status=2&tag=3"],
      connections: 2,
      seconds: 1,
      warmupSeconds: 0,
    });
    expect(details.map((d) => d.name)).toEqual([
      "http: GET /customers (2 connections)",
      "http: GET /customers?status=2&tag=3 (2 connections)",
    ]);
    for (const detail of details) {
      expect(detail).toMatchObject({ limit_p95_ms: null, ratio: null, errors: 0 });
      expect(detail.requests).toBeGreaterThan(0);
      expect(detail.p95_ms).toBeGreaterThanOrEqual(detail.p50_ms);
    }
    const file = path.join(await mkdtemp(path.join(tmpdir(), "bench-")), "http.json");
    writeJson(file, { engine: "postgres" }, details);
    const json = JSON.parse(readFileSync(file, "utf8")) as { cases: Record<string, unknown>[] };
    expect(Object.keys(json.cases[0]!)).toEqual([...CASE_KEYS, "requests", "errors"]);
    // A path that is not the list (here a redirect to the sign-in page) is refused.
    await expect(runHttpCases({ baseUrl, paths: ["/elsewhere"], connections: 1, seconds: 1, warmupSeconds: 0 })).rejects.toThrow(
      /not a signed-in page/,
    );
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
