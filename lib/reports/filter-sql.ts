import "server-only";
import { and, eq, gte, lt, or, sql, type SQL } from "drizzle-orm";
import { customers, reports } from "@/db/schema";
import { normalizeForSearch } from "@/lib/search/normalize";
import { addDays, parseTokyoDate } from "@/lib/shared/tokyo-time";
import type { ReportFilter } from "@/lib/reports/model/filter";

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/**
 * The WHERE of 報告書一覧 and its export; the query joins customers, so that a keyword
 * finds a report by its customer's name (kana too) as well as by its own text. The keyword
 * is a LIKE scan for now: reports are read newest first and the list stops at a page.
 */
export function reportWhere(filter: ReportFilter): SQL | undefined {
  const from = filter.from ? parseTokyoDate(filter.from) : null;
  const to = filter.to ? parseTokyoDate(filter.to) : null;
  const keyword = normalizeForSearch(filter.keyword);
  const like = `%${escapeLike(keyword)}%`;
  return and(
    filter.templateId ? eq(reports.templateId, filter.templateId) : undefined,
    filter.customerId ? eq(reports.customerId, filter.customerId) : undefined,
    filter.authorId ? eq(reports.authorId, filter.authorId) : undefined,
    from ? gte(reports.occurredAt, from) : undefined,
    to ? lt(reports.occurredAt, addDays(to, 1)) : undefined,
    keyword ? or(sql`${reports.searchText} like ${like}`, sql`${customers.searchText} like ${like}`) : undefined,
  );
}
