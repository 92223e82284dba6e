import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { csvRecords } from "@/lib/imports/csv-records";
import { decodeChunks, EncodingSniffer } from "@/lib/imports/encoding";
import { KeyHashSet } from "@/lib/imports/key-set";

async function* inPieces(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

function sniff(bytes: Uint8Array, size = 3) {
  const sniffer = new EncodingSniffer();
  for (let i = 0; i < bytes.length; i += size) sniffer.feed(bytes.subarray(i, i + size));
  return sniffer.finish();
}

async function records(bytes: Uint8Array, encoding: "utf8" | "cp932", size = 5) {
  const out: string[][] = [];
  for await (const r of csvRecords(decodeChunks(inPieces(bytes, size), encoding))) out.push(r.cells);
  return out;
}

const text = '組織名,備考\r\n㈱髙﨑①,"カンマ, と\r\n改行と ""引用"""\r\n';

describe("encoding detection and decoding", () => {
  it("tells UTF-8 (with or without BOM) from CP932, even when a character is split between chunks", () => {
    expect(sniff(Buffer.from(`\uFEFF${text}`, "utf8"))).toBe("utf8");
    expect(sniff(Buffer.from(text, "utf8"))).toBe("utf8");
    expect(sniff(iconv.encode(text, "cp932"))).toBe("cp932");
    expect(sniff(Buffer.from("name,kana\r\na,b\r\n"))).toBe("utf8");
  });

  it("decodes NEC and IBM extension characters and cells with commas, quotes and line breaks", async () => {
    const expected = [
      ["組織名", "備考"],
      ["㈱髙﨑①", 'カンマ, と\r\n改行と "引用"'],
    ];
    expect(await records(iconv.encode(text, "cp932"), "cp932")).toEqual(expected);
    expect(await records(Buffer.from(`\uFEFF${text}`, "utf8"), "utf8")).toEqual(expected);
  });

  it("refuses an Excel workbook and UTF-16 with a Japanese message", () => {
    expect(() => sniff(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toThrow("Excel ファイル");
    expect(() => sniff(Buffer.from("\uFEFFa,b", "utf16le"))).toThrow("UTF-16");
  });

  it("names the line where an unclosed quote starts", async () => {
    await expect(records(Buffer.from('a,b\n1,2\n3,"4\n5,6\n'), "utf8")).rejects.toThrow(
      'ファイルの3行目から始まる値の引用符(")が閉じられていません',
    );
  });
});

describe("KeyHashSet", () => {
  it("remembers 100,000 keys without false matches", () => {
    const set = new KeyHashSet();
    let alreadyThere = 0;
    for (let i = 0; i < 100_000; i++) if (set.addOrHas(`株式会社${i}`)) alreadyThere += 1;
    expect(alreadyThere).toBe(0);
    for (let i = 0; i < 100_000; i += 997) expect(set.has(`株式会社${i}`)).toBe(true);
    expect(set.has("株式会社100000")).toBe(false);
    expect(set.addOrHas("株式会社5")).toBe(true);
  });
});
