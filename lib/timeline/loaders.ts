import "server-only";
import { inArray, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { customerStatusChanges, users } from "@/db/schema";
import type { TimelineKind } from "@/lib/timeline/model";
import type { TimelineDetail, TimelineLoader } from "./model";
import { reportLoader } from "./report-loader";
import { scheduleLoader } from "./schedule-loader";
import { campaignLoader } from "./campaign-loader";

const statusChanges: TimelineLoader = async (ids) => {
  const rows = await db
    .select({
      id: customerStatusChanges.id,
      from: customerStatusChanges.fromStatusName,
      to: customerStatusChanges.toStatusName,
      by: users.name,
    })
    .from(customerStatusChanges)
    .leftJoin(users, eq(users.id, customerStatusChanges.changedBy))
    .where(inArray(customerStatusChanges.id, ids));
  return new Map(
    rows.map((r): [number, TimelineDetail] => [
      r.id,
      { title: r.from ? `ステータス変更: ${r.from} → ${r.to}` : `登録: ${r.to}`, lines: r.by ? [`変更者: ${r.by}`] : [] },
    ]),
  );
};

/**
 * One loader per kind of entry. A kind whose feature has not landed yet loads nothing and
 * its entries are left out.
 */
export const TIMELINE_LOADERS: Partial<Record<TimelineKind, TimelineLoader>> = {
  status_change: statusChanges,
  report: reportLoader,
  schedule: scheduleLoader,
  campaign: campaignLoader,
};
