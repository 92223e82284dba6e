import { describe, expect, it } from "vitest";
import { parseReportListState, reportListStateToSearch } from "@/lib/reports/model/filter";
import { formatYen } from "@/lib/shared/money";
import { parseScheduleListState } from "@/lib/schedules/model/list";
import { parseTokyoLocal, toTokyoLocal, tokyoDayStart, tokyoWeekStart } from "@/lib/shared/tokyo-time";

describe("Tokyo wall-clock times", () => {
  it("reads a datetime-local value as Tokyo time and writes it back, whatever the server's zone", () => {
    const at = parseTokyoLocal("2026-04-01T09:30");
    expect(at?.toISOString()).toBe("2026-04-01T00:30:00.000Z");
    expect(toTokyoLocal(at!)).toBe("2026-04-01T09:30");
    expect(parseTokyoLocal("２０２６-０４-０１ ０９:３０")?.toISOString()).toBe("2026-04-01T00:30:00.000Z");
  });

  it("refuses impossible dates and times", () => {
    for (const value of ["2026-02-30T10:00", "2026-04-01T24:00", "2026-04-01", "昨日", ""]) expect(parseTokyoLocal(value)).toBeNull();
  });

  it("finds the day and the Monday-started week in Tokyo, across the UTC date line", () => {
    const lateSunday = new Date("2030-06-16T14:59:00Z"); // Sunday 23:59 in Tokyo
    expect(tokyoDayStart(lateSunday).toISOString()).toBe("2030-06-15T15:00:00.000Z");
    expect(tokyoWeekStart(lateSunday).toISOString()).toBe("2030-06-09T15:00:00.000Z"); // Monday 06-10 00:00
    expect(tokyoWeekStart(new Date("2030-06-16T15:00:00Z")).toISOString()).toBe("2030-06-16T15:00:00.000Z"); // Monday 00:00
  });
});

describe("list URLs", () => {
  it("round-trips 報告書一覧's filter and drops what makes no sense", () => {
    const state = parseReportListState({
      template: "3",
      customer: "12",
      author: "x",
      from: "2026-04-01",
      to: "2026/04/30",
      q: "あいだ",
      page: "2",
    });
    expect(state).toEqual({ filter: { templateId: 3, customerId: 12, from: "2026-04-01", keyword: "あいだ" }, page: 2 });
    expect(reportListStateToSearch(state)).toBe("?template=3&customer=12&from=2026-04-01&q=%E3%81%82%E3%81%84%E3%81%A0&page=2");
  });

  it("defaults 予定一覧 to this week's schedules of the signed-in user", () => {
    expect(parseScheduleListState({})).toEqual({ range: "week", who: "mine", page: 1 });
    expect(parseScheduleListState({ range: "overdue", who: "all", page: "-3" })).toEqual({ range: "overdue", who: "all", page: 1 });
  });

  it("writes yen with the half-width sign", () => {
    expect(formatYen(50000)).toBe("¥50,000");
    expect(formatYen(-1234)).toBe("-¥1,234");
  });
});
