import { csvDownloadHeaders } from "@/lib/csv/download";
import { csvEncoding } from "@/lib/csv/encode";
import { errorResponse } from "@/lib/http/error-response";
import { importErrorReport } from "@/lib/imports/error-report";

export const dynamic = "force-dynamic";

/** GET /api/imports/<id>/errors?encoding=utf8|cp932: the row errors of a job as CSV. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await params;
    const encoding = csvEncoding.parse(new URL(request.url).searchParams.get("encoding") ?? "utf8");
    const { body, fileName } = await importErrorReport(id, encoding);
    return new Response(body, { headers: csvDownloadHeaders(fileName, encoding) });
  } catch (error) {
    return errorResponse(error);
  }
}
