import "server-only";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { noteDatabaseError } from "@/lib/db/outage-watch";
import { isStatementTimeout } from "@/lib/db/unavailable";
import { DATABASE_UNAVAILABLE_MESSAGE, STATEMENT_TIMEOUT_MESSAGE } from "@/lib/shared/database-messages";
import { DomainError } from "@/lib/errors";
import { NUL_MESSAGE, nulPaths } from "@/lib/shared/validation/no-nul";
import "@/lib/shared/validation/japanese-zod";
import { formDataToObject } from "./form-data";
import type { ActionResult } from "@/lib/shared/action-result";

type Options = { revalidate?: string[] };

function zodFieldErrors(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

/** Expected failures keep their Japanese message; the rest are logged and masked with an id. */
export function toActionError(error: unknown): ActionResult<never> {
  if (error instanceof z.ZodError) {
    const fieldErrors = zodFieldErrors(error);
    return { ok: false, fieldErrors, formError: fieldErrors._form?.[0] ?? "入力内容を確認してください" };
  }
  if (error instanceof DomainError) return { ok: false, formError: error.message, fieldErrors: error.fieldErrors };
  if (noteDatabaseError(error)) return { ok: false, formError: DATABASE_UNAVAILABLE_MESSAGE };
  if (isStatementTimeout(error)) return { ok: false, formError: STATEMENT_TIMEOUT_MESSAGE };
  const id = randomUUID().slice(0, 8);
  console.error(`[action-error ${id}]`, error);
  return { ok: false, formError: `予期しないエラーが発生しました (ID: ${id})` };
}

/** PostgreSQL stores no NUL character: say where it is instead of failing at the insert. */
function refuseNul(raw: unknown): void {
  const paths = nulPaths(raw);
  if (paths.length === 0) return;
  throw new DomainError(NUL_MESSAGE, Object.fromEntries(paths.map((path) => [path, [NUL_MESSAGE]])));
}

/**
 * Wraps a lib/ mutation as a server action. It parses the input (FormData or an object)
 * with the schema and returns every field error; authorization stays inside the mutation,
 * which is the one place that cannot be skipped.
 */
export function defineAction<S extends z.ZodType, T>(
  schema: S,
  run: (input: z.output<S>) => Promise<T>,
  options: Options = {},
): (input: FormData | z.input<S>) => Promise<ActionResult<T>> {
  return async (input) => {
    try {
      const raw = input instanceof FormData ? formDataToObject(input) : input;
      refuseNul(raw);
      const data = await run(schema.parse(raw));
      for (const path of options.revalidate ?? []) revalidatePath(path);
      return { ok: true, data };
    } catch (error) {
      unstable_rethrow(error);
      return toActionError(error);
    }
  };
}
