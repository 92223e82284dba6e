import { errorResponse } from "@/lib/http/error-response";
import { assertSameOrigin } from "@/lib/http/same-origin";
import { listRecentImports } from "@/lib/imports/jobs";
import { FileTooLargeError, receiveUpload } from "@/lib/imports/upload";
import { importKind } from "@/lib/imports/model";
import { UploadQuotaError } from "@/lib/imports/retention";

export const dynamic = "force-dynamic";

async function* bodyChunks(body: ReadableStream<Uint8Array> | null): AsyncGenerator<Uint8Array> {
  if (!body) return;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * POST /api/imports?kind=organization|customer&name=<file name>, the file as the raw body:
 * streamed into the database in chunks, answered with the new job (JSON).
 */
export async function POST(request: Request): Promise<Response> {
  try {
    assertSameOrigin(request);
    const params = new URL(request.url).searchParams;
    const declared = request.headers.get("content-length");
    const job = await receiveUpload({
      kind: importKind.parse(params.get("kind")),
      fileName: params.get("name") ?? "import.csv",
      declaredSize: declared ? Number(declared) : null,
      body: bodyChunks(request.body),
    });
    return Response.json(job, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof FileTooLargeError || error instanceof UploadQuotaError)
      return new Response(error.message, { status: 413, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    return errorResponse(error);
  }
}

/** GET /api/imports?kind=customer: the signed-in user's latest imports of a kind (JSON). */
export async function GET(request: Request): Promise<Response> {
  try {
    const kind = importKind.parse(new URL(request.url).searchParams.get("kind") ?? "customer");
    return Response.json(await listRecentImports(kind), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
