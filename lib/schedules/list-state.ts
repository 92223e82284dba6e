import { firstParam as first, pageParam, type ParamValue } from "@/lib/http/search-params";

/** 予定一覧's state, as the URL holds it: which period, whose, which page. */
export const SCHEDULE_RANGES = ["today", "week", "upcoming", "overdue", "done"] as const;
export type ScheduleRange = (typeof SCHEDULE_RANGES)[number];

export const RANGE_LABELS: Record<ScheduleRange, string> = {
  today: "今日",
  week: "今週",
  upcoming: "今後すべて",
  overdue: "期限切れ",
  done: "完了済み",
};

export type ScheduleWho = "mine" | "all";
export type ScheduleListState = { range: ScheduleRange; who: ScheduleWho; page: number };

type Params = Record<string, ParamValue>;

/** Never throws: anything unknown falls back to this week's schedules of the signed-in user. */
export function parseScheduleListState(params: Params): ScheduleListState {
  const range = first(params.range);
  return {
    range: (SCHEDULE_RANGES as readonly string[]).includes(range ?? "") ? (range as ScheduleRange) : "week",
    who: first(params.who) === "all" ? "all" : "mine",
    page: pageParam(params.page),
  };
}

export function scheduleListStateToSearch(state: Partial<ScheduleListState>): string {
  const params = new URLSearchParams();
  if (state.range && state.range !== "week") params.set("range", state.range);
  if (state.who === "all") params.set("who", "all");
  if (state.page && state.page > 1) params.set("page", String(state.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}
