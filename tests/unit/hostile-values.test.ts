import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseListState } from "@/lib/customers/model/filter";
import { parseReportListState } from "@/lib/reports/model/filter";
import { parseScheduleListState } from "@/lib/schedules/model/list";
import { idListParam, idParam, offsetParam, pageParam, textParam } from "@/lib/shared/search-params";
import { normalizeForSearch } from "@/lib/search/normalize";
import { nulPaths } from "@/lib/shared/validation/no-nul";
import { MAX_PAGE, pageNumber } from "@/lib/shared/validation/page-number";
import { INT4_MAX, recordId, toRecordId } from "@/lib/shared/validation/record-id";
import "@/lib/shared/validation/japanese-zod";

describe("one id rule (positive int4, digits or numbers only)", () => {
  it.each([
    [1, 1],
    ["42", 42],
    [" 7 ", 7],
    ["１２", 12],
    [INT4_MAX, INT4_MAX],
    [String(INT4_MAX), INT4_MAX],
  ])("accepts %j", (value, id) => {
    expect(toRecordId(value)).toBe(id);
  });

  it.each([
    true,
    false,
    null,
    undefined,
    0,
    -1,
    1.5,
    INT4_MAX + 1,
    "2147483648",
    "99999999999",
    "1e3",
    "0x10",
    "",
    " ",
    "1,2",
    Number.NaN,
    Infinity,
    [1],
    { id: 1 },
  ])("refuses %j", (value) => {
    expect(toRecordId(value)).toBeUndefined();
  });

  it("never lets a boolean name user 1 (changeUserRoleAction {userId: true})", () => {
    const result = recordId("ユーザーが見つかりません").safeParse(true);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("ユーザーが見つかりません");
  });

  it("gives whatever it accepts as an int4 PostgreSQL can store", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.double(), fc.bigInt().map(String), fc.string()), (value) => {
        const id = toRecordId(value);
        if (id !== undefined) expect(Number.isInteger(id) && id >= 1 && id <= INT4_MAX).toBe(true);
      }),
    );
  });
});

describe("URL parameters", () => {
  it("keeps ids beyond int4 out of every list filter (/customers?status=2147483648 was a 500)", () => {
    const big = "2147483648";
    const { filter } = parseListState({ status: big, class: big, tag: `${big},3`, org: big });
    expect(filter).toMatchObject({ statusIds: [], classIds: [], tagIds: [3], organizationId: undefined });
    const reports = parseReportListState({ template: big, customer: "true", author: "-1" }).filter;
    expect(reports).toMatchObject({ templateId: undefined, customerId: undefined, authorId: undefined });
  });

  it.each([
    ["100001", MAX_PAGE],
    ["Infinity", MAX_PAGE],
    ["-Infinity", 1],
    ["NaN", 1],
    ["1e400", MAX_PAGE],
    ["2.9", 2],
    ["", 1],
    [undefined, 1],
    [["3", "4"], 3],
  ])("clamps page=%j to %d", (value, page) => {
    expect(pageParam(value)).toBe(page);
    expect(pageNumber.parse(Array.isArray(value) ? value[0] : value)).toBe(page);
  });

  it("clamps every page of every list parser the same way", () => {
    for (const page of ["100001", "Infinity", "-5", "abc"]) {
      const expected = pageParam(page);
      expect(parseListState({ page }).page).toBe(expected);
      expect(parseReportListState({ page }).page).toBe(expected);
      expect(parseScheduleListState({ page }).page).toBe(expected);
    }
  });

  it("clamps offsets (/campaigns/1/labels?from=Infinity was an error page)", () => {
    expect(offsetParam("Infinity", 1000)).toBe(1000);
    expect(offsetParam("-3", 1000)).toBe(0);
    expect(offsetParam("x", 1000)).toBe(0);
  });

  it("reads ids and lists of ids", () => {
    expect(idParam(["12", "13"])).toBe(12);
    expect(idListParam(["1,2", "2", "x", "0", "2147483648"])).toEqual([1, 2]);
  });

  it("drops NUL and other control characters from keywords (/customers?q=%00 was a 500)", () => {
    expect(textParam("\u0000会田\u0007")).toBe("会田");
    expect(parseListState({ q: "\u0000" }).filter.keyword).toBe("");
    expect(normalizeForSearch("あ\u0000い")).toBe("あい");
  });
});

describe("NUL characters in action input", () => {
  it("names every field that holds one, at any depth", () => {
    expect(nulPaths({ name: "a\u0000", values: { memo: ["ok", "x\u0000"] }, n: 1 }).sort()).toEqual(["name", "values.memo.1"]);
    expect(nulPaths("\u0000")).toEqual(["_form"]);
    expect(nulPaths({ ["k\u0000"]: 1 })).toEqual(["k\u0000"]);
    expect(nulPaths({ a: "fine", b: [1, true, null] })).toEqual([]);
  });

  it("walks a 100,000-deep object without overflowing the stack", () => {
    let deep: unknown = "\u0000";
    for (let i = 0; i < 100_000; i++) deep = { d: deep };
    expect(nulPaths(deep)).toHaveLength(1);
  });
});

describe("zod speaks Japanese", () => {
  it("explains a whole input of the wrong shape", () => {
    const result = z.object({ id: z.number() }).safeParse("not an object");
    expect(result.error?.issues[0]?.message).toBe("送信された内容の形式が正しくありません。ページを再読み込みしてもう一度お試しください");
  });

  it("words zod's own field messages in Japanese", () => {
    const result = z
      .object({ name: z.string().max(3), kind: z.enum(["a", "b"]), flag: z.boolean() })
      .safeParse({ name: "abcdef", kind: "c", flag: "yes" });
    for (const issue of result.error?.issues ?? []) expect(issue.message).toMatch(/[ぁ-んァ-ン一-龥]/);
    expect(result.error?.issues).toHaveLength(3);
  });
});

describe("optional ids and pages when the key is absent", () => {
  it("reads an absent 客区分 as none and an absent 所属組織 as 'leave as stored'", async () => {
    const { createCustomerInput } = await import("@/lib/customers/model/inputs");
    const parsed = createCustomerInput.parse({ templateId: "1", statusId: 2, values: {} });
    expect(parsed.classId).toBeNull();
    expect("organizationId" in parsed).toBe(false);
    expect(createCustomerInput.parse({ templateId: 1, statusId: 2, values: {}, organizationId: "" }).organizationId).toBeNull();
  });

  it("reads an absent page as 1", async () => {
    const { campaignListInput } = await import("@/lib/campaigns/model/inputs");
    expect(campaignListInput.parse({}).page).toBe(1);
  });
});
