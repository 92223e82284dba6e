import "server-only";
import { eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { reports, templates, users } from "@/db/schema";
import { reportSummary } from "@/lib/reports/summary";
import type { TimelineDetail, TimelineLoader } from "./model";

/** 報告書 on a timeline: 「商談記録」 (and its subject), who wrote it, amounts first, a link. */
export const reportLoader: TimelineLoader = async (ids) => {
  const rows = await db
    .select({
      id: reports.id,
      title: reports.title,
      fields: reports.fields,
      author: users.name,
      template: { name: templates.name, fields: templates.fields, retiredFields: templates.retiredFields },
    })
    .from(reports)
    .innerJoin(templates, eq(templates.id, reports.templateId))
    .leftJoin(users, eq(users.id, reports.authorId))
    .where(inArray(reports.id, ids));
  return new Map(
    rows.map((r): [number, TimelineDetail] => [
      r.id,
      {
        title: r.title ? `${r.template.name}: ${r.title}` : r.template.name,
        lines: [...(r.author ? [`作成者: ${r.author}`] : []), ...reportSummary(r.template, r.fields)],
        href: `/reports/${r.id}`,
      },
    ]),
  );
};
