import { runAs } from "@/lib/auth/current-user";
import { decodeCursor } from "@/lib/timeline/model";
import { TIMELINE_LOADERS } from "@/lib/timeline/loaders";
import { TIMELINE_PAGE_SIZE, timelinePage, type TimelinePage } from "@/lib/timeline/queries";
import type { BenchContext } from "./context";
import { organizationTimelineSql } from "./timeline-sql";
import type { BenchCase } from "./types";

type Answer = { entryIds: number[]; more: boolean };

function compare(lib: unknown, limit: unknown): string | null {
  const a = lib as Answer;
  const b = limit as Answer;
  if (a.entryIds.join() !== b.entryIds.join()) return "page entries differ";
  if (a.more !== b.more) return `next page ${a.more ? "in lib only" : "in the limit only"}`;
  return null;
}

/**
 * The organization page's merged timeline (対応履歴) of the largest organization: page 1,
 * and page 20 reached by following nextCursor 19 times first (not timed), as a user
 * pressing 「もっと見る」 does.
 */
export function timelineCases(c: BenchContext): BenchCase[] {
  const organizationId = c.largestOrganizationId;
  if (organizationId === null) return [];
  const scope = { organizationId };
  const kinds = Object.keys(TIMELINE_LOADERS);
  const fetchPage = (cursor: string | null) => runAs(c.adminId, () => timelinePage(scope, cursor));
  const answerOf = (page: TimelinePage): Answer => ({ entryIds: page.items.map((i) => i.entryId), more: page.nextCursor !== null });
  const pageCase = (pageNumber: number): BenchCase => {
    // Resolved once, before the warm-up: the cursor of the page before `pageNumber`.
    let cursor: Promise<string | null> | undefined;
    const cursorOf = () =>
      (cursor ??= (async () => {
        let next: string | null = null;
        for (let page = 1; page < pageNumber; page++) {
          next = (await fetchPage(next)).nextCursor;
          if (next === null) throw new Error(`organization ${organizationId} has fewer than ${pageNumber} timeline pages`);
        }
        return next;
      })());
    const limitSql = async () => organizationTimelineSql(organizationId, kinds, decodeCursor(await cursorOf()), TIMELINE_PAGE_SIZE);
    return {
      name: `timeline: organization page ${pageNumber}`,
      group: "timeline",
      prepare: async () => {
        await cursorOf();
      },
      lib: async () => answerOf(await fetchPage(await cursorOf())),
      limit: async (): Promise<Answer> => {
        const rows = await c.raw.query<{ id: number }>(await limitSql());
        return { entryIds: rows.slice(0, TIMELINE_PAGE_SIZE).map((r) => Number(r.id)), more: rows.length > TIMELINE_PAGE_SIZE };
      },
      limitSqlText: async () => [await limitSql()],
      sameAnswer: compare,
    };
  };
  return [pageCase(1), pageCase(20)];
}
