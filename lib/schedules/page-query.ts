import "server-only";
import { pageRecord } from "@/lib/http/page-record";
import { getSchedule, type ScheduleItem } from "./queries";

/** For pages: the schedule, or the 404 page when it does not exist (or the id is not a number). */
export function pageSchedule(idParam: string): Promise<ScheduleItem> {
  return pageRecord(idParam, getSchedule);
}
