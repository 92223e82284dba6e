import { csvDownloadHeaders, csvFileName } from "@/lib/csv/download";
import { csvEncoding } from "@/lib/csv/encode";
import { errorResponse } from "@/lib/http/error-response";
import { searchParamsRecord } from "@/lib/shared/search-params";
import { exportReportsCsv } from "@/lib/reports/export";
import { parseReportListState } from "@/lib/reports/model/filter";

export const dynamic = "force-dynamic";

/** GET /api/export/reports?<報告書一覧's query>&encoding=utf8|cp932 → the matching reports as CSV. */
export async function GET(request: Request): Promise<Response> {
  try {
    const params = new URL(request.url).searchParams;
    const { filter } = parseReportListState(searchParamsRecord(params));
    const encoding = csvEncoding.parse(params.get("encoding") ?? "utf8");
    const body = await exportReportsCsv(filter, encoding);
    return new Response(body, { headers: csvDownloadHeaders(csvFileName("reports"), encoding) });
  } catch (error) {
    return errorResponse(error);
  }
}
