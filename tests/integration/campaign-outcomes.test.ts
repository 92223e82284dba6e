import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { campaignTargets, customers } from "@/db/schema";
import { createFollowUp } from "@/lib/campaigns/mutations";
import { setTargetOutcomes } from "@/lib/campaigns/outcomes";
import { previewCampaign } from "@/lib/campaigns/preview";
import { formatRate, responseSummary } from "@/lib/campaigns/model/vocabulary";
import { listTargets, outcomeCounts } from "@/lib/campaigns/targets";
import { createDraft, execute, targetsOf } from "./helpers/campaign-helpers";
import { createTag } from "./helpers/customer-factory";
import { insertCustomers, seededCustomerBasics } from "./helpers/customer-export-fixtures";
import { asUser, createUser } from "./helpers/factories";

let member: { id: number };
let other: { id: number };
let basics: Awaited<ReturnType<typeof seededCustomerBasics>>;

beforeAll(async () => {
  member = await createUser();
  other = await createUser({ name: "佐藤 花子" });
  basics = await seededCustomerBasics();
});

/** An executed campaign over `count` fresh customers; answers its id and targets. */
async function executedCampaign(count: number) {
  const tag = await createTag();
  await insertCustomers(
    Array.from({ length: count }, (_, i) => ({
      templateId: basics.template.id,
      name: `結果 ${i}`,
      nameKana: `ケッカ ${i}`,
      statusId: basics.status["新規顧客"]!,
      tagIds: [tag.id],
    })),
  );
  const { id } = await createDraft(member, { tagIds: [tag.id] });
  await execute(member, id);
  return { id, targets: await targetsOf(id) };
}

describe("outcomes", () => {
  it("updates one target, the ticked ones, and all with an outcome; counts and rates follow", async () => {
    const { id, targets } = await executedCampaign(10);
    const ids = targets.map((t) => t.id);
    await asUser(member, () => setTargetOutcomes({ campaignId: id, target: { kind: "ids", ids: [ids[0]!] }, outcome: "won" }));
    await asUser(member, () => setTargetOutcomes({ campaignId: id, target: { kind: "ids", ids: ids.slice(1, 3) }, outcome: "visited" }));
    await asUser(member, () => setTargetOutcomes({ campaignId: id, target: { kind: "ids", ids: [ids[3]!] }, outcome: "undelivered" }));
    // 「未対応をすべて送付済に」 after the DM went out: the others keep their outcome.
    const bulk = await asUser(other, () =>
      setTargetOutcomes({ campaignId: id, target: { kind: "outcome", from: "pending" }, outcome: "sent" }),
    );
    expect(bulk).toEqual({ updated: 6 });
    await asUser(member, () => setTargetOutcomes({ campaignId: id, target: { kind: "ids", ids: [ids[4]!] }, outcome: "responded" }));

    const counts = await asUser(member, () => outcomeCounts(id));
    expect(counts).toEqual({ pending: 0, sent: 5, responded: 1, visited: 2, won: 1, undelivered: 1 });
    const summary = responseSummary(counts);
    expect(summary).toMatchObject({ total: 10, responseRate: 0.4, wonRate: 0.1, delivered: 9 });
    expect(formatRate(summary.responseRate)).toBe("40.0%");

    const page = await asUser(member, () => listTargets(id, { outcome: "sent" }));
    expect(page.total).toBe(5);
    expect(page.rows.every((r) => r.outcome === "sent" && r.outcomeUpdatedByName === "佐藤 花子")).toBe(true);
  });

  it("leaves targets that already have the outcome untouched, and refuses a draft", async () => {
    const { id, targets } = await executedCampaign(2);
    await asUser(member, () => setTargetOutcomes({ campaignId: id, target: { kind: "all" }, outcome: "sent" }));
    const [before] = await db.select().from(campaignTargets).where(eq(campaignTargets.id, targets[0]!.id));
    expect(await asUser(other, () => setTargetOutcomes({ campaignId: id, target: { kind: "all" }, outcome: "sent" }))).toEqual({
      updated: 0,
    });
    const [after] = await db.select().from(campaignTargets).where(eq(campaignTargets.id, targets[0]!.id));
    expect(after!.outcomeUpdatedBy).toBe(before!.outcomeUpdatedBy);

    const draft = await createDraft(member, {});
    await expect(
      asUser(member, () => setTargetOutcomes({ campaignId: draft.id, target: { kind: "all" }, outcome: "sent" })),
    ).rejects.toThrow("実行してから");
  });

  it("only changes targets of the campaign named, even when given another campaign's ids", async () => {
    const first = await executedCampaign(1);
    const second = await executedCampaign(1);
    const result = await asUser(member, () =>
      setTargetOutcomes({ campaignId: first.id, target: { kind: "ids", ids: [second.targets[0]!.id] }, outcome: "won" }),
    );
    expect(result).toEqual({ updated: 0 });
    expect((await targetsOf(second.id))[0]!.outcome).toBe("pending");
  });
});

describe("follow-up", () => {
  it("targets the source's targets still 未対応, whose customer still exists, with a fresh snapshot", async () => {
    const { id, targets } = await executedCampaign(5);
    await asUser(member, () =>
      setTargetOutcomes({ campaignId: id, target: { kind: "ids", ids: [targets[0]!.id, targets[1]!.id] }, outcome: "responded" }),
    );
    const followUp = await asUser(member, () =>
      createFollowUp({ name: "再送DM", kind: "dm", sourceCampaignId: id, sourceOutcome: "pending" }),
    );
    const preview = await asUser(member, () => previewCampaign({ id: followUp.id }));
    expect(preview.total).toBe(3);

    const pending = targets.slice(2);
    await db.delete(customers).where(eq(customers.id, pending[0]!.customerId!));
    await db
      .update(customers)
      .set({ fields: { address: "新住所" } })
      .where(eq(customers.id, pending[1]!.customerId!));
    expect(await execute(member, followUp.id)).toEqual({ targetCount: 2, alreadyExecuted: false });
    const frozen = await targetsOf(followUp.id);
    expect(frozen.map((t) => t.customerId).sort()).toEqual(
      pending
        .slice(1)
        .map((t) => t.customerId)
        .sort(),
    );
    expect(frozen.find((t) => t.customerId === pending[1]!.customerId)!.snapshot.address).toBe("新住所");
  });

  it("is made only from an executed campaign", async () => {
    const draft = await createDraft(member, {});
    await expect(
      asUser(member, () => createFollowUp({ name: "x", kind: "dm", sourceCampaignId: draft.id, sourceOutcome: "pending" })),
    ).rejects.toThrow("実行済み");
  });
});
