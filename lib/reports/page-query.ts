import "server-only";
import { pageRecord } from "@/lib/http/page-record";
import { getReport, type ReportDetail } from "./queries";

/** For pages: the report, or the 404 page when it does not exist (or the id is not a number). */
export function pageReport(idParam: string): Promise<ReportDetail> {
  return pageRecord(idParam, getReport);
}
