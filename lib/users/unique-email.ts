import "server-only";
import { DomainError } from "@/lib/errors";

const UNIQUE_VIOLATION = "23505";

/** The database is the judge of uniqueness (two requests can race); this names its refusal. */
export function asDuplicateEmail(error: unknown): unknown {
  const code = (error as { code?: string; cause?: { code?: string } })?.code ?? (error as { cause?: { code?: string } })?.cause?.code;
  if (code === UNIQUE_VIOLATION) {
    return new DomainError("このメールアドレスは既に登録されています", {
      email: ["このメールアドレスは既に登録されています"],
    });
  }
  return error;
}
