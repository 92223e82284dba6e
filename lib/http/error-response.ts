import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { noteDatabaseError } from "@/lib/db/outage-watch";
import { isStatementTimeout } from "@/lib/db/unavailable";
import { DATABASE_UNAVAILABLE_MESSAGE, STATEMENT_TIMEOUT_MESSAGE } from "@/lib/shared/database-messages";
import { DomainError, FeatureDisabledError, ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";

const TEXT_HEADERS = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

function text(status: number, message: string): Response {
  return new Response(message, { status, headers: TEXT_HEADERS });
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
  if (noteDatabaseError(error))
    return new Response(DATABASE_UNAVAILABLE_MESSAGE, { status: 503, headers: { ...TEXT_HEADERS, "Retry-After": "5" } });
  if (isStatementTimeout(error)) return text(503, STATEMENT_TIMEOUT_MESSAGE);
  const id = randomUUID().slice(0, 8);
  console.error(`[route-error ${id}]`, error);
  return text(500, `予期しないエラーが発生しました (ID: ${id})`);
}
