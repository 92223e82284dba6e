import "server-only";

/**
 * Japanese-aware normalization shared by stored search text and queries, so that
 * 「あいだ」「アイダ」「ｱｲﾀﾞ」 and 「ア イ ダ」 all meet: Unicode NFKC (full-width ASCII and
 * half-width kana to their standard forms), lower case, katakana to hiragana, no spaces and
 * no control characters (PostgreSQL refuses a NUL in any text, so a pasted one must not
 * turn a search into an error).
 */
export function normalizeForSearch(text: string): string {
  return katakanaToHiragana(text.normalize("NFKC").toLowerCase())
    .replace(/[\s\p{Cc}]+/gu, "")
    .replace(/ゖ/gu, "け") // ヶ in 希望ヶ丘 is read け; people type ケ, ヶ or け
    .replace(/ゕ/gu, "か"); // ヵ in 一ヵ月 is read か
}

const KATAKANA_START = 0x30a1; // ァ
const KATAKANA_END = 0x30f6; // ヶ
const KANA_OFFSET = 0x60;

export function katakanaToHiragana(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    out += code >= KATAKANA_START && code <= KATAKANA_END ? String.fromCodePoint(code - KANA_OFFSET) : ch;
  }
  return out;
}

/**
 * The grams a GIN index holds for one record: every character and every pair of adjacent
 * characters of its normalized search text. Japanese names are often one or two characters
 * (林, 会田), which trigram indexes cannot narrow; unigrams and bigrams can.
 */
export function searchGrams(normalized: string): string[] {
  const chars = [...normalized];
  const grams = new Set<string>(chars);
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return [...grams];
}

/** The grams a query needs: its single character, or its bigrams (all must be present). */
export function queryGrams(normalizedQuery: string): string[] {
  const chars = [...normalizedQuery];
  if (chars.length <= 1) return chars;
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return [...grams];
}
