import { exportAuditLogCsv } from "@/lib/audit-log/export";
import { parseAuditListState } from "@/lib/audit-log/model";
import { csvDownloadHeaders, csvFileName } from "@/lib/csv/download";
import { csvEncoding } from "@/lib/csv/encode";
import { errorResponse } from "@/lib/http/error-response";
import { searchParamsRecord } from "@/lib/shared/search-params";

export const dynamic = "force-dynamic";

/** GET /api/export/audit?<監査ログ's filter>&encoding=utf8|cp932 → the matching entries as CSV (admins). */
export async function GET(request: Request): Promise<Response> {
  try {
    const params = new URL(request.url).searchParams;
    const { filter } = parseAuditListState(searchParamsRecord(params));
    const encoding = csvEncoding.parse(params.get("encoding") ?? "utf8");
    const body = await exportAuditLogCsv(filter, encoding);
    return new Response(body, { headers: csvDownloadHeaders(csvFileName("audit-log"), encoding) });
  } catch (error) {
    return errorResponse(error);
  }
}
