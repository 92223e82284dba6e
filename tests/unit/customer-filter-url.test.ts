import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EMPTY_FILTER, type CustomerFilter, listStateToSearch, parseListState } from "@/lib/customers/model/filter";

function paramsOf(search: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(search));
}

const ids = fc.uniqueArray(fc.integer({ min: 1, max: 100_000 }), { maxLength: 6 });
const filterArb: fc.Arbitrary<CustomerFilter> = fc.record({
  statusIds: ids,
  classIds: ids,
  tagIds: ids,
  tagMode: fc.constantFrom("any" as const, "all" as const),
  importantOnly: fc.boolean(),
  organizationId: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }),
  keyword: fc.string({ maxLength: 20 }).map((s) => s.trim()),
});

describe("customer list state in the URL", () => {
  it("round-trips every filter, sort and page", () => {
    fc.assert(
      fc.property(
        filterArb,
        fc.constantFrom("updated" as const, "created" as const, "name" as const),
        fc.integer({ min: 1, max: 500 }),
        (filter, sort, page) => {
          const parsed = parseListState(paramsOf(listStateToSearch({ filter, sort, page })));
          // "all" only means something with tags; the URL leaves it out otherwise.
          const expected = { ...filter, tagMode: filter.tagIds.length ? filter.tagMode : "any" };
          expect(parsed).toEqual({ filter: expected, sort, page });
        },
      ),
    );
  });

  it("leaves defaults out, so the plain list has a plain URL", () => {
    expect(listStateToSearch({ filter: EMPTY_FILTER, sort: "updated", page: 1 })).toBe("");
  });

  it("never throws on a hand-edited URL and keeps what still makes sense", () => {
    const state = parseListState({ status: "3,abc,-1", tag: ["2", "x"], tagMode: "all", sort: "drop table", page: "-5", q: "会田" });
    expect(state).toEqual({
      filter: { ...EMPTY_FILTER, statusIds: [3], tagIds: [2], tagMode: "all", keyword: "会田" },
      sort: "updated",
      page: 1,
    });
  });
});
