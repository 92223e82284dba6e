import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neutralizeCell } from "@/lib/csv/neutralize";
import { csvRows } from "@/lib/csv/write";

// Characters that matter to CSV and to formulas, mixed into arbitrary text.
const cellText = fc.string({
  unit: fc.oneof(fc.constantFrom(",", '"', "\n", "\r", "=", "-", "\t", "＝", " "), fc.string({ unit: "grapheme", maxLength: 1 })),
});

const FORMULA_STARTS = ["=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠"];

describe("neutralizeCell", () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ["+81-3-1234-5678", "'+81-3-1234-5678"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
    ["＝1+1", "'＝1+1"],
  ])("quotes %j", (input, expected) => {
    expect(neutralizeCell(input)).toBe(expected);
  });

  it.each(["山田 太郎", "03-1234-5678", "a=b", " =1", "", "'quoted"])("leaves %j alone", (input) => {
    expect(neutralizeCell(input)).toBe(input);
  });
});

describe("csvRows", () => {
  it("quotes commas, quotes and line breaks, ends lines with CRLF and keeps numbers as numbers", () => {
    expect(csvRows([["a,b", 'say "hi"', "1行目\n2行目", -5, "=x"]])).toBe('"a,b","say ""hi""","1行目\n2行目",-5,\'=x\r\n');
  });

  it("reads back as written, except that no cell starts a formula", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellText, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const parsed = parse(csvRows(rows), { record_delimiter: "\r\n", relax_column_count: true }) as string[][];
        parsed.forEach((row, r) =>
          row.forEach((cell, c) => {
            const original = rows[r]![c]!;
            expect(cell).toBe(FORMULA_STARTS.some((s) => original.startsWith(s)) ? `'${original}` : original);
            expect(FORMULA_STARTS.some((s) => cell.startsWith(s))).toBe(false);
          }),
        );
      }),
    );
  });
});
