import { z } from "zod";

/** Control characters (NUL among them: PostgreSQL refuses it in any text) mean nothing in a search. */
export function withoutControlCharacters(text: string): string {
  return text.replace(/\p{Cc}/gu, "");
}

/** A search keyword from a URL or a search box: never refused, at most 100 characters. */
export const searchKeyword = z
  .string()
  .transform((text) => withoutControlCharacters(text).trim().slice(0, 100))
  .default("")
  .catch("");
