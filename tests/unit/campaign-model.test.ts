import { describe, expect, it } from "vitest";
import { criteriaOf, storedCriteria, campaignBasics } from "@/lib/campaigns/model/inputs";
import { formatRate, responseSummary } from "@/lib/campaigns/model/vocabulary";
import { addressee, postalLine, readSnapshot } from "@/lib/campaigns/model/snapshot";
import { EMPTY_FILTER } from "@/lib/customers/model/filter";

const none = { pending: 0, sent: 0, responded: 0, visited: 0, won: 0, undelivered: 0 };

describe("response summary", () => {
  it("counts 反応あり, 来場 and 成約 as responses over every target", () => {
    const summary = responseSummary({ ...none, pending: 2, sent: 3, responded: 2, visited: 1, won: 1, undelivered: 1 });
    expect(summary).toMatchObject({ total: 10, responseRate: 0.4, wonRate: 0.1, delivered: 9 });
    expect(summary.byOutcome.map((o) => o.outcome)).toEqual(["pending", "sent", "responded", "visited", "won", "undelivered"]);
  });

  it("is zero, not NaN, for a campaign without targets", () => {
    expect(responseSummary(none)).toMatchObject({ total: 0, responseRate: 0, wonRate: 0 });
    expect(formatRate(0)).toBe("0.0%");
    expect(formatRate(1 / 13)).toBe("7.7%");
  });
});

describe("stored criteria", () => {
  it("round-trip a filter, and fall back to no criterion for a stored shape the model no longer knows", () => {
    const filter = { ...EMPTY_FILTER, statusIds: [3], tagMode: "all" as const, tagIds: [1, 2] };
    expect(criteriaOf({ criteria: storedCriteria({ kind: "filter", filter }), sourceCampaignId: null, sourceOutcome: null })).toEqual({
      kind: "filter",
      filter,
    });
    expect(criteriaOf({ criteria: { statusIds: "oops" }, sourceCampaignId: null, sourceOutcome: null })).toEqual({
      kind: "filter",
      filter: EMPTY_FILTER,
    });
  });

  it("read a follow-up from its columns", () => {
    expect(criteriaOf({ criteria: {}, sourceCampaignId: 7, sourceOutcome: "pending" })).toEqual({
      kind: "followUp",
      sourceCampaignId: 7,
      outcome: "pending",
    });
  });
});

describe("snapshot", () => {
  it("prints 〒 and 様, and survives a missing or odd snapshot", () => {
    const snapshot = readSnapshot({ name: "会田 一郎", postalCode: "100-0001", class: 3 });
    expect(snapshot).toEqual({
      name: "会田 一郎",
      nameKana: "",
      postalCode: "100-0001",
      address: "",
      status: "",
      class: null,
      organization: null,
    });
    expect(postalLine(snapshot)).toBe("〒100-0001");
    expect(postalLine(readSnapshot(null))).toBe("");
    expect(addressee(snapshot)).toBe("会田 一郎 様");
  });
});

describe("campaign basics", () => {
  it("take an empty 実施予定日 as 未定 and refuse an impossible date", () => {
    expect(campaignBasics.parse({ name: " 秋のDM ", kind: "dm", plannedOn: "" })).toEqual({
      name: "秋のDM",
      kind: "dm",
      plannedOn: null,
      description: "",
    });
    expect(campaignBasics.safeParse({ name: "x", kind: "dm", plannedOn: "2026-02-30" }).success).toBe(false);
    expect(campaignBasics.parse({ name: "x", kind: "event", plannedOn: "2028-02-29" }).plannedOn).toBe("2028-02-29");
  });
});
