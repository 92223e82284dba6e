import { inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomerAction } from "@/lib/customers/actions";
import { GET as exportCustomers } from "@/app/api/export/customers/route";
import { closeDatabase, db, getDatabaseEngine } from "@/db/client";
import { customers } from "@/db/schema";
import { EMPTY_FILTER } from "@/lib/customers/model/filter";
import { searchCustomers } from "@/lib/customers/search";
import { isDatabaseMarkedDown } from "@/lib/db/outage-flag";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/shared/database-messages";
import { checkHealth } from "@/lib/health";
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy";
import { customerWorld } from "./helpers/customer-factory";
import { asUser, createUser } from "./helpers/factories";

// A PostgreSQL outage staged with a TCP proxy between the app's pool (db/client.ts, the
// postgres.js settings under test) and the server: reads, writes through the real server
// action, exports and health checks run all along; the proxy drops every connection and
// refuses new ones for OUTAGE_MS, then accepts again. PostgreSQL only (PGlite has no network).
const HEALTHY_MS = 1_500;
const OUTAGE_MS = 8_000;
const AFTER_MS = 4_000;
const WORKERS = 6;

type Call = { kind: "read" | "write" | "export" | "health"; start: number; end: number; ok: boolean; answer: string; id?: number };

describe.skipIf(!process.env.DATABASE_URL)("a database outage (PostgreSQL through a TCP proxy)", () => {
  let proxy: TcpProxy;
  let admin: { id: number };
  let world: Awaited<ReturnType<typeof customerWorld>>;

  beforeAll(async () => {
    const direct = new URL(process.env.DATABASE_URL!);
    proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    await closeDatabase();
    direct.host = `127.0.0.1:${proxy.port}`;
    process.env.DATABASE_URL = direct.toString();
    admin = await createUser({ role: "admin" });
    world = await customerWorld();
  });

  afterAll(async () => {
    await closeDatabase();
    await proxy?.close();
  });

  async function timed(kind: Call["kind"], fn: () => Promise<{ ok: boolean; answer: string; id?: number }>): Promise<Call> {
    const start = performance.now();
    const outcome = await fn().catch((error: unknown) => ({
      ok: false,
      answer: isDatabaseUnavailable(error) ? "unavailable (thrown)" : `unexpected: ${String(error)}`,
    }));
    return { kind, start, end: performance.now(), ...outcome };
  }

  const operations: Record<Call["kind"], (n: number) => Promise<{ ok: boolean; answer: string; id?: number }>> = {
    read: async () => {
      const result = await asUser(admin, () => searchCustomers(EMPTY_FILTER, { page: 1, sort: "updated" }));
      return { ok: true, answer: `${result.rows.length} rows` };
    },
    write: async (n) => {
      const input = {
        templateId: world.template.id,
        statusId: world.statuses[0]!.id,
        classId: null,
        tagIds: [],
        important: false,
        values: { name: `停電 ${n}`, searchKeywords: `outage${n}` },
      };
      const result = await asUser(admin, () => createCustomerAction(input));
      return result.ok ? { ok: true, answer: "saved", id: result.data!.id } : { ok: false, answer: result.formError ?? "" };
    },
    export: async () => {
      const response = await asUser(admin, () => exportCustomers(new Request("http://127.0.0.1/api/export/customers")));
      const body = new TextDecoder().decode(await response.arrayBuffer()); // throws if cut off
      return { ok: response.status === 200, answer: response.status === 200 ? "file" : `${response.status} ${body}` };
    },
    health: async () => {
      const health = await checkHealth(db, getDatabaseEngine());
      return { ok: health.status === "ok", answer: health.status };
    },
  };

  it("answers every request within 5 s while it lasts, succeeds within 2 s after, and loses no acknowledged write", async () => {
    const calls: Call[] = [];
    let running = true;
    let n = 0;
    const kinds: Call["kind"][] = ["write", "read", "write", "health", "read", "export"];
    const workers = Array.from({ length: WORKERS }, async (_, w) => {
      while (running) {
        const i = n++;
        calls.push(await timed(kinds[(i + w) % kinds.length]!, () => operations[kinds[(i + w) % kinds.length]!](i)));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

    await sleep(HEALTHY_MS);
    const cutAt = performance.now();
    await proxy.cut();
    await sleep(OUTAGE_MS);
    const outageMarked = isDatabaseMarkedDown();
    await proxy.restore();
    const restoredAt = performance.now();
    await sleep(AFTER_MS);
    running = false;
    await Promise.all(workers);

    const during = calls.filter((c) => c.end >= cutAt && c.start < restoredAt);
    const maxDuring = Math.max(...during.map((c) => c.end - c.start));
    const firstSuccess = Math.min(...calls.filter((c) => c.ok && c.end > restoredAt).map((c) => c.end)) - restoredAt;
    const acknowledged = calls.flatMap((c) => (c.kind === "write" && c.ok && c.id ? [c.id] : []));
    const stored = await db.select({ id: customers.id }).from(customers).where(inArray(customers.id, acknowledged));
    const lost = acknowledged.length - stored.length;
    const failures = during.filter((c) => !c.ok);

    console.log(
      `[outage figures] ${calls.length} requests (${during.length} during the ${OUTAGE_MS / 1000} s outage, ${failures.length} refused); ` +
        `max response during the outage ${Math.round(maxDuring)} ms; first success ${Math.round(firstSuccess)} ms after the database was back; ` +
        `acknowledged writes ${acknowledged.length}, lost ${lost}`,
    );

    expect(failures.length).toBeGreaterThan(0); // the outage was real
    expect(outageMarked).toBe(true); // pages were being answered with the 503 page
    expect(maxDuring).toBeLessThanOrEqual(5_000);
    expect(firstSuccess).toBeLessThanOrEqual(2_000);
    expect(lost).toBe(0);
    // Every refusal says what happened, in Japanese; nothing is masked as an unexpected error.
    for (const call of failures) {
      const expected = {
        write: DATABASE_UNAVAILABLE_MESSAGE,
        read: "unavailable (thrown)",
        health: "unavailable",
        export: `503 ${DATABASE_UNAVAILABLE_MESSAGE}`,
      }[call.kind];
      expect(call.answer).toBe(expected);
    }
    // After it, everything works again.
    expect(calls.filter((c) => c.start > restoredAt + 2_000).every((c) => c.ok)).toBe(true);
  }, 60_000);
});
