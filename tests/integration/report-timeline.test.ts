import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { customers, reports } from "@/db/schema";
import { FeatureDisabledError } from "@/lib/errors";
import { timelinePage } from "@/lib/timeline/queries";
import { asUser, createUser } from "./helpers/factories";
import {
  addSchedule,
  insertOrganization,
  insertPlainCustomers,
  reportTemplatesByName,
  setOrganizationsFeature,
  unique,
  writeReport,
} from "./helpers/report-factories";

/** A report at an exact instant (microseconds included), straight into the table. */
async function reportAt(customerId: number, at: string, title = at) {
  const { 来社履歴 } = await reportTemplatesByName();
  const [row] = await db
    .insert(reports)
    .values({ templateId: 来社履歴.id, customerId, occurredAt: sql`${at}::timestamptz`, title, fields: { purpose: "その他" } })
    .returning({ id: reports.id });
  return row!.id;
}

describe("timelines", () => {
  it("pages stay exact while entries are written meanwhile: no repeats, no gaps, microseconds and ties kept apart", async () => {
    const user = await createUser();
    const [customer] = await insertPlainCustomers([`会田 ${unique()}`]);
    const instants = [
      "2026-03-01 10:00:00.000002+09",
      "2026-03-01 10:00:00.000001+09", // 1 µs apart: a JS Date would merge them
      "2026-02-01 10:00+09",
      "2026-02-01 10:00+09", // a tie: the later id comes first
      "2026-01-15 10:00+09",
      "2026-01-01 10:00+09",
      "2025-12-01 10:00+09",
    ];
    for (const [i, at] of instants.entries()) await reportAt(customer!.id, at, `e${i}`);
    const expectedOrder = ["e0", "e1", "e3", "e2", "e4", "e5", "e6"];
    const page = (cursor?: string | null) => asUser(user, () => timelinePage({ customerId: customer!.id }, cursor, 3));
    const title = (t: string) => t.replace(/^来社履歴: /, "");
    const first = await page();
    expect(first.items.map((i) => title(i.title))).toEqual(expectedOrder.slice(0, 3));

    // Written while the user reads page 1: newer, older, and one at the very instant of a later row.
    await reportAt(customer!.id, "2027-01-01 10:00+09", "newer");
    await reportAt(customer!.id, "2026-02-01 10:00+09", "same instant, later id");
    await reportAt(customer!.id, "2025-01-01 10:00+09", "older");

    const seen = [...first.items];
    let cursor = first.nextCursor;
    while (cursor) {
      const next = await page(cursor);
      seen.push(...next.items);
      cursor = next.nextCursor;
    }
    const entryIds = seen.map((i) => i.entryId);
    expect(new Set(entryIds).size).toBe(entryIds.length); // no repeats
    const titles = seen.map((i) => title(i.title));
    expect(titles.filter((t) => expectedOrder.includes(t))).toEqual(expectedOrder); // no gaps, in order
    expect(titles).not.toContain("newer"); // above page 1: seen on the next visit, not mid-list
    expect(titles.at(-1)).toBe("older"); // below the cursor: reached in order
  });

  it("a customer's timeline holds its own reports and schedules only", async () => {
    const user = await createUser();
    const [aida, aoki] = await insertPlainCustomers([`会田 ${unique()}`, `青木 ${unique()}`]);
    const mine = await writeReport(user, aida!.id, { occurredAt: "2026-04-02T10:00", values: { dealAmount: 50000 } });
    await writeReport(user, aoki!.id, { template: "来社履歴" });
    await addSchedule(user, aoki!.id);
    const timeline = await asUser(user, () => timelinePage({ customerId: aida!.id }));
    expect(timeline.items).toEqual([
      expect.objectContaining({
        kind: "report",
        title: "商談記録",
        customer: { id: aida!.id, name: aida!.name },
        href: `/reports/${mine.id}`,
        lines: expect.arrayContaining(["商談額: ¥50,000", `作成者: ${user.name}`]),
      }),
    ]);
    expect(timeline.nextCursor).toBeNull();
  });

  it("an organization's timeline merges its current members' entries in time order, naming each member; a member with nothing adds nothing", async () => {
    const user = await createUser();
    const org = await insertOrganization(`合同会社サンドボックス ${unique()}`);
    const [aida, aoki, akashi] = await insertPlainCustomers([`会田 ${unique()}`, `青木 ${unique()}`, `明石 ${unique()}`], org);
    const [outsider] = await insertPlainCustomers([`部外 ${unique()}`]);
    await writeReport(user, aida!.id, { occurredAt: "2026-04-01T10:00", values: { dealAmount: 50000 } });
    await writeReport(user, aoki!.id, { occurredAt: "2026-04-03T15:00", template: "来社履歴" });
    await writeReport(user, outsider!.id, { occurredAt: "2026-04-02T10:00" });
    const timeline = await asUser(user, () => timelinePage({ organizationId: org }));
    expect(timeline.items.map((i) => [i.customer.name, i.title])).toEqual([
      [aoki!.name, "来社履歴"],
      [aida!.name, "商談記録"],
    ]);
    expect(timeline.items.some((i) => i.customer.id === akashi!.id)).toBe(false);

    // Joining brings a customer's history along; leaving takes it away.
    await db.update(customers).set({ organizationId: org }).where(eq(customers.id, outsider!.id));
    expect((await asUser(user, () => timelinePage({ organizationId: org }))).items.map((i) => i.customer.name)).toEqual([
      aoki!.name,
      outsider!.name,
      aida!.name,
    ]);
    await db.update(customers).set({ organizationId: null }).where(eq(customers.id, aida!.id));
    expect((await asUser(user, () => timelinePage({ organizationId: org }))).items.map((i) => i.customer.name)).toEqual([
      aoki!.name,
      outsider!.name,
    ]);
  });

  it("an organization's timeline is refused while 顧客組織 is off", async () => {
    const user = await createUser();
    const org = await insertOrganization();
    await setOrganizationsFeature(false);
    try {
      await expect(asUser(user, () => timelinePage({ organizationId: org }))).rejects.toThrow(FeatureDisabledError);
    } finally {
      await setOrganizationsFeature(true);
    }
  });
});
