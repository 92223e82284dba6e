import { csvDownloadHeaders, csvFileName } from "@/lib/csv/download";
import { csvEncoding } from "@/lib/csv/encode";
import { exportCustomersCsv } from "@/lib/customers/export";
import { parseListState } from "@/lib/customers/model/filter";
import { errorResponse } from "@/lib/http/error-response";
import { searchParamsRecord } from "@/lib/shared/search-params";

export const dynamic = "force-dynamic";

/** GET /api/export/customers?<the list's query>&encoding=utf8|cp932 → the filtered customers as CSV. */
export async function GET(request: Request): Promise<Response> {
  try {
    const params = new URL(request.url).searchParams;
    const { filter } = parseListState(searchParamsRecord(params));
    const encoding = csvEncoding.parse(params.get("encoding") ?? "utf8");
    const body = await exportCustomersCsv(filter, encoding);
    return new Response(body, { headers: csvDownloadHeaders(csvFileName("customers"), encoding) });
  } catch (error) {
    return errorResponse(error);
  }
}
