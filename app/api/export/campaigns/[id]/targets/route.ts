import { exportCampaignTargetsCsv } from "@/lib/campaigns/export";
import { csvDownloadHeaders, csvFileName } from "@/lib/csv/download";
import { csvEncoding } from "@/lib/csv/encode";
import { errorResponse } from "@/lib/http/error-response";

export const dynamic = "force-dynamic";

/** GET /api/export/campaigns/:id/targets?encoding=utf8|cp932[&outcome=pending] → the DM address list. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await params;
    const search = new URL(request.url).searchParams;
    const encoding = csvEncoding.parse(search.get("encoding") ?? "utf8");
    const body = await exportCampaignTargetsCsv({ id, encoding, outcome: search.get("outcome") });
    return new Response(body, { headers: csvDownloadHeaders(csvFileName(`campaign-${id}-targets`), encoding) });
  } catch (error) {
    return errorResponse(error);
  }
}
