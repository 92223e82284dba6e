import "server-only";
import { pipeline, Readable } from "node:stream";
import { CsvError, parse } from "csv-parse";
import { DomainError } from "@/lib/errors";
import { MAX_RECORD_CHARS } from "./model";

/** One CSV record; `row` counts records as a spreadsheet numbers rows (the header is 1). */
export type CsvRecord = { row: number; cells: string[] };

/** The file cannot be read as CSV at all: the job fails and nothing is written. */
export class CsvFormatError extends DomainError {
  constructor(detail: string) {
    super(`CSV の形式が正しくありません: ${detail}`);
    this.name = "CsvFormatError";
  }
}

function describe(error: CsvError, recordStartLine: number): string {
  const line = typeof error.lines === "number" ? error.lines : recordStartLine;
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return `ファイルの${recordStartLine}行目から始まる値の引用符(")が閉じられていません。ファイルの終わりまで閉じる引用符が見つかりませんでした。`;
    case "CSV_MAX_RECORD_SIZE":
      return `ファイルの${recordStartLine}行目から始まる行が長すぎます(1行 ${MAX_RECORD_CHARS.toLocaleString("ja-JP")} 文字まで)。引用符(")が閉じられていない可能性があります。`;
    case "CSV_INVALID_CLOSING_QUOTE":
    case "INVALID_OPENING_QUOTE":
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
      return `ファイルの${line}行目: 引用符(")で囲んだ値の後ろに文字があります。値の中の引用符は "" のように2つ重ねてください。`;
    default:
      return `ファイルの${line}行目付近を読み取れませんでした。`;
  }
}

/**
 * Streams the records of CSV text through csv-parse (quoted commas, quotes and line breaks
 * inside cells). Empty lines stay records, so row numbers match the spreadsheet's. Stopping
 * the iteration early stops the reading of the source too.
 */
export async function* csvRecords(text: AsyncIterable<string>): AsyncGenerator<CsvRecord> {
  // The line where the last complete record ended, as the parser (which reads ahead of
  // this loop) saw it: the record after it is the one an error is about.
  let lastLine = 0;
  const parser = parse({
    relax_column_count: true,
    relax_quotes: true,
    max_record_size: MAX_RECORD_CHARS,
    skip_empty_lines: false,
    on_record: (record: string[], context: { lines: number }) => {
      lastLine = context.lines;
      return record;
    },
  });
  pipeline(Readable.from(text), parser, () => {});
  let row = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      row += 1;
      yield { row, cells };
    }
  } catch (error) {
    if (error instanceof CsvError) throw new CsvFormatError(describe(error, lastLine + 1));
    throw error;
  } finally {
    parser.destroy();
  }
}
