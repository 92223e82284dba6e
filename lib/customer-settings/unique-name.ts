import "server-only";
import { PG_UNIQUE_VIOLATION, pgErrorCode } from "@/lib/db/pg-error";
import { DomainError } from "@/lib/errors";
import type { SettingLabel } from "@/lib/customer-settings/model/inputs";

/**
 * The lower(name) unique index is the judge (two admins can race); this names its refusal
 * at the name field.
 */
export function asDuplicateName(error: unknown, label: SettingLabel, name: string): unknown {
  if (pgErrorCode(error) !== PG_UNIQUE_VIOLATION) return error;
  const message = `「${name}」という${label}は既にあります。別の名前にしてください(大文字・小文字は区別しません)。`;
  return new DomainError(message, { name: [message] });
}
