import { errorResponse } from "@/lib/http/error-response";
import { getImportJob } from "@/lib/imports/jobs";

export const dynamic = "force-dynamic";

/** GET /api/imports/<id>: the job's state and progress, polled by the import page. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await params;
    return Response.json(await getImportJob(id), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
