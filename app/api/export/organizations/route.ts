import { csvDownloadHeaders, csvFileName } from "@/lib/csv/download";
import { csvEncoding } from "@/lib/csv/encode";
import { errorResponse } from "@/lib/http/error-response";
import { textParam } from "@/lib/shared/search-params";
import { exportOrganizationsCsv } from "@/lib/organizations/export";

export const dynamic = "force-dynamic";

/** GET /api/export/organizations?q=<keyword>&encoding=utf8|cp932 → 顧客組織一覧 as CSV. */
export async function GET(request: Request): Promise<Response> {
  try {
    const params = new URL(request.url).searchParams;
    const encoding = csvEncoding.parse(params.get("encoding") ?? "cp932");
    const body = await exportOrganizationsCsv({ keyword: textParam(params.get("q") ?? undefined) }, encoding);
    return new Response(body, { headers: csvDownloadHeaders(csvFileName("organizations"), encoding) });
  } catch (error) {
    return errorResponse(error);
  }
}
