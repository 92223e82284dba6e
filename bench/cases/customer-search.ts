import { runAs } from "@/lib/auth/current-user";
import { EXACT_COUNT_LIMIT, SURELY_OVER_LIMIT } from "@/lib/customers/count";
import { EMPTY_FILTER, type CustomerFilter } from "@/lib/customers/model/filter";
import { searchCustomers } from "@/lib/customers/search";
import type { BenchContext } from "./context";
import { customerCappedCountSql, customerCountSql, customerEstimateSql, customerPageSql } from "./customer-search-sql";
import type { BenchCase } from "./types";

const PAGE_SIZE = 50;

type Answer = { ids: number[]; total: number; estimate: boolean };

/** The filters of issue 5, from broad to narrow; names say what a user would pick. */
function filters(c: BenchContext): [string, Partial<CustomerFilter>][] {
  return [
    ["no filter", {}],
    ["one status", { statusIds: [c.statusId("商談中")] }],
    ["one class", { classIds: [c.classId("Bランク")] }],
    ["tags any of 3", { tagIds: ["紹介", "面談済", "現場見学会"].map(c.tagId), tagMode: "any" }],
    ["tags all of 2", { tagIds: ["新築", "リフォーム"].map(c.tagId), tagMode: "all" }],
    ["重要 only", { importantOnly: true }],
    ["status + class + tags", { statusIds: [c.statusId("追客中")], classIds: [c.classId("Aランク")], tagIds: [c.tagId("WEB資料請求")] }],
    ["keyword 林", { keyword: "林" }],
    ["keyword 会田", { keyword: "会田" }],
    ["keyword あいだ", { keyword: "あいだ" }],
    ["keyword アイダ", { keyword: "アイダ" }],
    ["keyword + filters", { keyword: "林", statusIds: [c.statusId("新規顧客")], classIds: [c.classId("Cランク")] }],
    // The largest organization's members (顧客組織 must be on, or lib/ ignores the criterion).
    ...(c.largestOrganizationId === null
      ? []
      : [["organization filter", { organizationId: c.largestOrganizationId }] as [string, Partial<CustomerFilter>]]),
  ];
}

function compare(lib: unknown, limit: unknown): string | null {
  const a = lib as Answer;
  const b = limit as Answer;
  if (a.ids.join() !== b.ids.join()) return "page rows differ";
  if (a.estimate !== b.estimate) return `total is ${a.estimate ? "an estimate" : "exact"} in lib, not in the limit`;
  if (!a.estimate && a.total !== b.total) return `total ${a.total} ≠ ${b.total}`;
  return null;
}

type PlanRow = Record<string, unknown>;

function planRows(rows: PlanRow[]): number {
  const raw = rows[0] ? Object.values(rows[0])[0] : undefined;
  const plan = (typeof raw === "string" ? JSON.parse(raw) : raw) as [{ Plan: { "Plan Rows": number } }];
  return Math.round(plan[0].Plan["Plan Rows"]);
}

export function customerSearchCases(c: BenchContext): BenchCase[] {
  return filters(c).map(([name, partial]) => {
    const filter: CustomerFilter = { ...EMPTY_FILTER, ...partial };
    const pageSql = customerPageSql(filter, PAGE_SIZE);
    const cappedSql = customerCappedCountSql(filter, EXACT_COUNT_LIMIT + 1);
    const page = () => c.raw.query<{ id: number }>(pageSql);
    // The same answer as lib/customers/count.ts: the estimate when it is surely over the
    // limit, else exact up to the limit, else 「約」 the estimate.
    const total = async (): Promise<Omit<Answer, "ids">> => {
      const estimate = planRows(await c.raw.query<PlanRow>(customerEstimateSql(filter)));
      if (estimate >= SURELY_OVER_LIMIT) return { total: estimate, estimate: true };
      const [capped] = await c.raw.query<{ n: number }>(cappedSql);
      const n = capped?.n ?? 0;
      if (n <= EXACT_COUNT_LIMIT) return { total: n, estimate: false };
      return { total: Math.max(estimate, n), estimate: true };
    };
    return {
      name: `customers: ${name}`,
      group: "search",
      lib: async (): Promise<Answer> => {
        const result = await runAs(c.adminId, () => searchCustomers(filter, { page: 1, pageSize: PAGE_SIZE, sort: "updated" }));
        return { ids: result.rows.map((r) => r.id), total: result.total, estimate: result.totalIsEstimate };
      },
      // Both at once, as the page does: on PostgreSQL they run on two pooled connections.
      limit: async (): Promise<Answer> => {
        const [rows, counted] = await Promise.all([page(), total()]);
        return { ids: rows.map((r) => r.id), ...counted };
      },
      limitSql: [pageSql, cappedSql],
      // "count" is what an exact total of every match would cost: the reason for the cap.
      parts: { page, count: () => c.raw.query(customerCountSql(filter)), capped: () => c.raw.query(cappedSql) },
      sameAnswer: compare,
      sameAnswerAs: name === "keyword アイダ" ? "customers: keyword あいだ" : undefined,
    };
  });
}
