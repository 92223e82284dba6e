import "server-only";
import { stringify } from "csv-stringify/sync";
import { neutralizeCell } from "./neutralize";

/** Numbers are written as is (a number cannot carry a formula); text is neutralized. */
export type CsvCell = string | number;

/**
 * CSV text of some rows: quotes where RFC 4180 needs them (csv-stringify), CRLF line ends
 * as Excel writes them, and every text cell neutralized against formula injection.
 */
export function csvRows(rows: readonly (readonly CsvCell[])[]): string {
  const safe = rows.map((row) => row.map((cell) => (typeof cell === "string" ? neutralizeCell(cell) : cell)));
  // csv-stringify quotes only fields holding the record delimiter (CRLF here); a bare LF in
  // 備考 would otherwise end the row for Excel, so any line break is quoted.
  return stringify(safe, { record_delimiter: "windows", quoted_match: /[\r\n]/ });
}
