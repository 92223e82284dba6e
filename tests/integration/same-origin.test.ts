import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/imports/route";
import { queryRows } from "@/db/rows";
import { asUser, createUser } from "./helpers/factories";

const csv = "顧客名,検索用キーワード\n会田 一郎,あいだ\n";

function upload(headers: Record<string, string>) {
  return new Request("http://crm.example.test/api/imports?kind=customer&name=a.csv", {
    method: "POST",
    body: csv,
    headers: { host: "crm.example.test", "content-type": "text/csv", ...headers },
  });
}

async function jobCount(userId: number) {
  const [row] = await queryRows<{ n: number }>(sql`select count(*)::int as n from import_jobs where created_by = ${userId}`);
  return row!.n;
}

describe("POST /api/imports", () => {
  it.each([
    ["another site's Origin", { origin: "https://evil.example" }],
    ["a sibling subdomain", { origin: "http://evil.crm.example.test", "sec-fetch-site": "same-site" }],
    ["a cross-site fetch", { "sec-fetch-site": "cross-site" }],
    ["an opaque origin", { origin: "null" }],
  ])("refuses %s with 403 and stores nothing", async (_, headers) => {
    const member = await createUser();
    const response = await asUser(member, () => POST(upload(headers)));
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("別のサイトからの送信は受け付けられません");
    expect(await jobCount(member.id)).toBe(0);
  });

  it("accepts this site's own pages and programs that send no Origin", async () => {
    const member = await createUser();
    expect((await asUser(member, () => POST(upload({ origin: "http://crm.example.test", "sec-fetch-site": "same-origin" })))).status).toBe(
      201,
    );
    expect((await asUser(member, () => POST(upload({})))).status).toBe(201);
    expect(await jobCount(member.id)).toBe(2);
  });
});
