import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { customers, reports, users } from "@/db/schema";
import { requireUser } from "@/lib/auth/current-user";
import { listTemplates } from "@/lib/templates/queries";
import { reportFilter, type ReportFilter } from "@/lib/reports/model/filter";
import { reportWhere } from "./filter-sql";
import { reportSummary } from "./summary";

export const REPORT_PAGE_SIZE = 30;

// Counting every match of a broad filter over years of reports costs more than it tells;
// beyond this the list says 「10,000件以上」.
export const REPORT_COUNT_LIMIT = 10_000;

export type ReportListItem = {
  id: number;
  occurredAt: Date;
  title: string;
  templateId: number;
  templateName: string;
  customer: { id: number; name: string };
  authorName: string | null;
  summary: string[];
};

export type ReportSearchResult = { rows: ReportListItem[]; total: number; totalIsCapped: boolean };

/** 報告書一覧: one row per report, newest first (ties by id, so pages never repeat a row). */
export async function listReports(filterInput: ReportFilter, options: { page: number; pageSize?: number }): Promise<ReportSearchResult> {
  await requireUser();
  const where = reportWhere(reportFilter.parse(filterInput));
  const pageSize = Math.min(Math.max(options.pageSize ?? REPORT_PAGE_SIZE, 1), 200);
  const matches = db
    .select({ one: sql`1` })
    .from(reports)
    .innerJoin(customers, eq(customers.id, reports.customerId))
    .where(where)
    .limit(REPORT_COUNT_LIMIT + 1);
  const [rows, [count], templateList] = await Promise.all([
    db
      .select({
        id: reports.id,
        occurredAt: reports.occurredAt,
        title: reports.title,
        templateId: reports.templateId,
        fields: reports.fields,
        customer: { id: customers.id, name: customers.name },
        authorName: users.name,
      })
      .from(reports)
      .innerJoin(customers, eq(customers.id, reports.customerId))
      .leftJoin(users, eq(users.id, reports.authorId))
      .where(where)
      .orderBy(desc(reports.occurredAt), desc(reports.id))
      .limit(pageSize)
      .offset((Math.max(options.page, 1) - 1) * pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(matches.as("matches")),
    listTemplates("report", { includeArchived: true }),
  ]);
  const templates = new Map(templateList.map((t) => [t.id, t]));
  const n = count?.n ?? 0;
  return {
    rows: rows.map(({ fields, ...row }) => {
      const template = templates.get(row.templateId);
      return { ...row, templateName: template?.name ?? "", summary: template ? reportSummary(template, fields, 2) : [] };
    }),
    total: Math.min(n, REPORT_COUNT_LIMIT),
    totalIsCapped: n > REPORT_COUNT_LIMIT,
  };
}
