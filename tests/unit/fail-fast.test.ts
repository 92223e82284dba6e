import { DrizzleQueryError } from "drizzle-orm/errors";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { reconnectDelaySeconds, statementTimeoutMs } from "@/db/client";
import { started } from "@/lib/csv/stream";
import { setDatabaseDown, setDatabaseUp } from "@/lib/db/outage-flag";
import { isDatabaseUnavailable, isStatementTimeout } from "@/lib/db/unavailable";
import { ACTION_BODY_LIMIT_BYTES } from "@/lib/http/action-guard";
import { proxy } from "@/proxy";

const systemError = (code: string) => Object.assign(new Error(code), { code });

describe("a database that cannot be reached", () => {
  it.each([
    "ECONNREFUSED",
    "ECONNRESET",
    "CONNECT_TIMEOUT",
    "CONNECTION_CLOSED",
    "CONNECTION_DESTROYED",
    "57P01",
    "57P03",
    "08006",
    "53300",
  ])("is recognised by %s, also inside Drizzle's error", (code) => {
    expect(isDatabaseUnavailable(systemError(code))).toBe(true);
    expect(isDatabaseUnavailable(new DrizzleQueryError("select 1", [], systemError(code)))).toBe(true);
  });

  it.each(["23505", "22P02", "42P01", undefined])("is not a failed query (%s)", (code) => {
    expect(isDatabaseUnavailable(code ? systemError(code) : new Error("boom"))).toBe(false);
  });

  it("tells a statement timeout apart", () => {
    expect(isStatementTimeout(new DrizzleQueryError("select pg_sleep(60)", [], systemError("57014")))).toBe(true);
    expect(isDatabaseUnavailable(systemError("57014"))).toBe(false);
  });
});

describe("postgres.js settings", () => {
  it("retries a lost connection after at most half a second, however many attempts failed", () => {
    // postgres.js's default grows as 3^n / 100 s up to 20 s: 16 s of errors after an 8 s outage.
    for (let attempt = 0; attempt < 50; attempt++) {
      const delay = reconnectDelaySeconds(attempt);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThanOrEqual(0.5);
    }
  });

  it("stops statements after 30 s unless configured", () => {
    const saved = process.env.DATABASE_STATEMENT_TIMEOUT_MS;
    try {
      delete process.env.DATABASE_STATEMENT_TIMEOUT_MS;
      expect(statementTimeoutMs()).toBe(30_000);
      process.env.DATABASE_STATEMENT_TIMEOUT_MS = "5000";
      expect(statementTimeoutMs()).toBe(5000);
      process.env.DATABASE_STATEMENT_TIMEOUT_MS = "soon";
      expect(statementTimeoutMs()).toBe(30_000);
    } finally {
      if (saved === undefined) delete process.env.DATABASE_STATEMENT_TIMEOUT_MS;
      else process.env.DATABASE_STATEMENT_TIMEOUT_MS = saved;
    }
  });
});

describe("proxy.ts in front of pages and actions", () => {
  afterEach(() => setDatabaseUp());
  const request = (path: string, init: ConstructorParameters<typeof NextRequest>[1] = {}) =>
    new NextRequest(`http://127.0.0.1:3000${path}`, init);
  /** The proxy let the request through to the page or action (with its CSP headers), answering nothing itself. */
  const passedThrough = (response: Response) => response.headers.get("x-middleware-next") === "1";

  it("answers pages with the Japanese 503 page while the database is down, and lets them through again", async () => {
    expect(passedThrough(proxy(request("/customers")))).toBe(true);
    setDatabaseDown();
    const response = proxy(request("/customers"))!;
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.text()).toContain("データベースに接続できません。しばらくしてから再度お試しください");
    setDatabaseUp();
    expect(passedThrough(proxy(request("/customers")))).toBe(true);
  });

  it("leaves server actions to answer for themselves while the database is down", () => {
    setDatabaseDown();
    expect(
      passedThrough(
        proxy(
          request("/customers", {
            method: "POST",
            headers: { "next-action": "abc", origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" },
          }),
        ),
      ),
    ).toBe(true);
  });

  it("refuses an oversized server-action body with 413 and a Japanese sentence (Next.js: 500)", async () => {
    const response = proxy(
      request("/customers", {
        method: "POST",
        headers: { "next-action": "abc", "content-length": String(ACTION_BODY_LIMIT_BYTES + 1), host: "127.0.0.1:3000" },
      }),
    )!;
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toBe("text/plain");
    expect(await response.text()).toContain("送信内容が大きすぎます");
  });

  it("refuses a server action from another Origin with 403 (Next.js: 500)", async () => {
    for (const origin of ["https://evil.example", "null", "not a url"]) {
      const response = proxy(request("/customers", { method: "POST", headers: { "next-action": "abc", origin, host: "127.0.0.1:3000" } }))!;
      expect(response.status).toBe(403);
      expect(await response.text()).toContain("別のサイトからの送信は受け付けられません");
    }
    const behindProxy = {
      "next-action": "abc",
      origin: "https://crm.example.jp",
      host: "127.0.0.1:3000",
      "x-forwarded-host": "crm.example.jp",
    };
    expect(passedThrough(proxy(request("/customers", { method: "POST", headers: behindProxy })))).toBe(true);
  });
});

describe("exports start before their response", () => {
  it("runs the generator to its first value at once, so a failing first query is an ordinary error", async () => {
    async function* failing(): AsyncGenerator<number> {
      throw new Error("first query failed");
    }
    await expect(started(failing())).rejects.toThrow("first query failed");
  });

  it("then yields every value, the first included, once", async () => {
    let pulled = 0;
    async function* three(): AsyncGenerator<number> {
      for (let i = 1; i <= 3; i++) {
        pulled = i;
        yield i;
      }
    }
    const generator = await started(three());
    expect(pulled).toBe(1);
    const seen: number[] = [];
    for await (const value of generator) seen.push(value);
    expect(seen).toEqual([1, 2, 3]);
  });
});
