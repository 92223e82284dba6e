import "server-only";
import iconv from "iconv-lite";
import { DomainError } from "@/lib/errors";

export type FileEncoding = "utf8" | "cp932";

export const ENCODING_LABELS: Record<FileEncoding, string> = { utf8: "UTF-8", cp932: "Shift_JIS (CP932)" };

const UTF8_BOM = [0xef, 0xbb, 0xbf];
// The start of the file that tells a workbook or UTF-16 text from CSV.
const HEAD_BYTES = 4096;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Files people pick by mistake: say what they are instead of importing mojibake. */
function refuseNonCsv(head: Uint8Array): void {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new DomainError(
      "Excel ファイル(.xlsx / .xls)は読み込めません。Excel の「名前を付けて保存」で「CSV」形式を選んで保存したファイルを選んでください。",
    );
  }
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff]) || head.includes(0)) {
    throw new DomainError(
      "テキスト形式の CSV ファイルではないようです(UTF-16 やバイナリのファイルは読み込めません)。UTF-8 または Shift_JIS の CSV を選んでください。",
    );
  }
}

/**
 * Detects the encoding while the upload streams by: a UTF-8 byte order mark, or bytes that
 * are valid UTF-8 from the first to the last, mean UTF-8; anything else is CP932 (what Excel
 * writes in Japan). A CP932 text of any length is almost never valid UTF-8, because its lead
 * bytes 0x81–0x9F are UTF-8 continuation bytes; an ASCII-only file reads the same either way.
 */
export class EncodingSniffer {
  private readonly utf8 = new TextDecoder("utf-8", { fatal: true });
  private valid = true;
  private head = new Uint8Array(0);
  private headChecked = false;

  feed(chunk: Uint8Array): void {
    if (!this.headChecked) this.collectHead(chunk);
    if (!this.valid) return;
    try {
      this.utf8.decode(chunk, { stream: true });
    } catch {
      this.valid = false;
    }
  }

  finish(): FileEncoding {
    if (!this.headChecked) this.checkHead();
    if (startsWith(this.head, UTF8_BOM)) return "utf8";
    if (this.valid) {
      try {
        this.utf8.decode(); // a sequence cut off at the end of the file is not UTF-8
      } catch {
        this.valid = false;
      }
    }
    return this.valid ? "utf8" : "cp932";
  }

  private collectHead(chunk: Uint8Array): void {
    const head = new Uint8Array(Math.min(HEAD_BYTES, this.head.length + chunk.length));
    head.set(this.head);
    head.set(chunk.subarray(0, head.length - this.head.length), this.head.length);
    this.head = head;
    if (head.length >= HEAD_BYTES) this.checkHead();
  }

  private checkHead(): void {
    this.headChecked = true;
    refuseNonCsv(this.head);
  }
}

/**
 * Decodes byte chunks to text as they come. iconv-lite keeps a character split across two
 * chunks, drops a UTF-8 byte order mark, and maps CP932's NEC and IBM extension characters
 * (①, ㈱, 髙, 﨑 …) to their Unicode code points.
 */
export async function* decodeChunks(chunks: AsyncIterable<Uint8Array>, encoding: FileEncoding): AsyncGenerator<string> {
  const decoder = iconv.getDecoder(encoding);
  for await (const chunk of chunks) {
    const text = decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}
