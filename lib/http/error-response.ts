import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { DomainError, FeatureDisabledError, ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";

function text(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/**
 * A route handler's failure as a status and a Japanese sentence. Downloads and API calls
 * are not pages, so a missing session is a 401 the caller can act on, never a redirect to
 * an HTML sign-in page saved as the file. Unexpected errors are logged with an id and masked.
 */
export function errorResponse(error: unknown): Response {
  unstable_rethrow(error);
  if (error instanceof UnauthenticatedError) return text(401, error.message);
  if (error instanceof ForbiddenError) return text(403, error.message);
  if (error instanceof NotFoundError || error instanceof FeatureDisabledError) return text(404, error.message);
  if (error instanceof z.ZodError) return text(400, error.issues[0]?.message ?? "指定内容を確認してください");
  if (error instanceof DomainError) return text(400, error.message);
  const id = randomUUID().slice(0, 8);
  console.error(`[route-error ${id}]`, error);
  return text(500, `予期しないエラーが発生しました (ID: ${id})`);
}
