import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeForSearch, queryGrams, searchGrams } from "@/lib/search/normalize";

describe("normalizeForSearch", () => {
  it.each([
    ["あいだ", "あいだ"],
    ["アイダ", "あいだ"],
    ["ｱｲﾀﾞ", "あいだ"],
    ["ア イ　ダ", "あいだ"],
    ["ＡＩＤＡ Ｔａｒｏ", "aidataro"],
    ["ヴァイオリン", "ゔぁいおりん"],
    ["会田　一郎", "会田一郎"],
    ["㈱サンドボックス", "(株)さんどぼっくす"],
    ["髙﨑", "髙﨑"],
    ["希望ヶ丘", "希望け丘"],
    ["希望ケ丘", "希望け丘"],
    ["一ヵ月", "一か月"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected);
  });

  it("is idempotent", () => {
    fc.assert(fc.property(fc.string(), (s) => normalizeForSearch(normalizeForSearch(s)) === normalizeForSearch(s)));
  });
});

describe("grams", () => {
  it("index every character and adjacent pair", () => {
    expect(searchGrams("あいだ").sort()).toEqual(["あ", "あい", "い", "いだ", "だ"].sort());
  });

  it("query one character by itself, longer text by its bigrams", () => {
    expect(queryGrams("林")).toEqual(["林"]);
    expect(queryGrams("会田")).toEqual(["会田"]);
    expect(queryGrams("あいだ")).toEqual(["あい", "いだ"]);
    expect(queryGrams("")).toEqual([]);
  });

  it("a query found in a text always has all its grams in that text's grams", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 1 }), fc.nat(), fc.nat(), (raw, a, b) => {
        const text = normalizeForSearch(raw);
        const chars = [...text];
        if (chars.length === 0) return;
        const start = a % chars.length;
        const end = start + 1 + (b % (chars.length - start));
        const query = chars.slice(start, end).join("");
        const index = new Set(searchGrams(text));
        expect(queryGrams(query).every((g) => index.has(g))).toBe(true);
      }),
    );
  });
});
