import "server-only";
import iconv from "iconv-lite";
import { z } from "zod";

export const CSV_ENCODINGS = ["utf8", "cp932"] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];
export const csvEncoding = z.enum(CSV_ENCODINGS, { message: "文字コードは utf8 または cp932 を指定してください" });

/** The charset parameter of the Content-Type header for each choice. */
export const CSV_CHARSET: Record<CsvEncoding, string> = { utf8: "utf-8", cp932: "Shift_JIS" };

// Characters that Mac and web input produce but CP932 lacks, each mapped to the CP932
// character Windows shows for the same JIS code (〜 typed on a Mac is U+301C; Windows' is
// U+FF5E). Without this, 「〜」 in an address would become 「?」.
const CP932_LOOKALIKES: Record<string, string> = {
  "\u301C": "\uFF5E", // 〜 → ～
  "\u2212": "\uFF0D", // − → －
  "\u2016": "\u2225", // ‖ → ∥
  "\u00A2": "\uFFE0", // ¢ → ￠
  "\u00A3": "\uFFE1", // £ → ￡
  "\u00AC": "\uFFE2", // ¬ → ￢
  "\u2014": "\u2015", // — → ―
};
const LOOKALIKE_PATTERN = new RegExp(`[${Object.keys(CP932_LOOKALIKES).join("")}]`, "g");

function toCp932Repertoire(text: string): string {
  return text.replace(LOOKALIKE_PATTERN, (ch) => CP932_LOOKALIKES[ch] ?? ch);
}

/**
 * Encodes text chunks as they come, so a large export never exists as one string.
 * - utf8: a byte order mark first, which Excel needs to read UTF-8 instead of CP932.
 * - cp932: Excel's encoding in Japan. Characters CP932 has no code for (emoji, 𠮷 and
 *   other JIS X 0213 kanji) become 「?」: iconv-lite's replacement for unmappable characters.
 * iconv-lite's encoder keeps state, so a surrogate pair split across two chunks survives.
 */
export async function* encodeChunks(chunks: AsyncIterable<string>, encoding: CsvEncoding): AsyncGenerator<Uint8Array> {
  const encoder = iconv.getEncoder(encoding === "utf8" ? "utf8" : "cp932", { addBOM: encoding === "utf8" });
  for await (const chunk of chunks) {
    const bytes = encoder.write(encoding === "cp932" ? toCp932Repertoire(chunk) : chunk);
    if (bytes.length > 0) yield bytes;
  }
  const rest = encoder.end();
  if (rest && rest.length > 0) yield rest;
}
