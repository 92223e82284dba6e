import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { attachmentDisposition, csvFileName } from "@/lib/csv/download";
import { encodeChunks, type CsvEncoding } from "@/lib/csv/encode";

async function encode(chunks: string[], encoding: CsvEncoding): Promise<Buffer> {
  async function* source() {
    yield* chunks;
  }
  const parts: Uint8Array[] = [];
  for await (const part of encodeChunks(source(), encoding)) parts.push(part);
  return Buffer.concat(parts);
}

describe("encodeChunks", () => {
  it("starts UTF-8 with one byte order mark, even over many chunks", async () => {
    const bytes = await encode(["髙橋,", "😀\r\n"], "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString("utf8")).toBe("髙橋,😀\r\n");
  });

  it("writes CP932 with its extension kanji, and 「?」 for what CP932 lacks", async () => {
    const bytes = await encode(["髙﨑,", "😀𠮷\r\n"], "cp932");
    expect(iconv.decode(bytes, "cp932")).toBe("髙﨑,??\r\n");
  });

  it("keeps a surrogate pair split between two chunks", async () => {
    const emoji = "😀";
    expect((await encode([emoji[0]!, emoji[1]!], "utf8")).subarray(3).toString("utf8")).toBe(emoji);
  });

  it("maps Mac and web look-alikes (〜 −) to the CP932 characters Windows shows", async () => {
    expect(iconv.decode(await encode(["1〜2丁目 −5℃"], "cp932"), "cp932")).toBe("1～2丁目 －5℃");
  });
});

describe("download names", () => {
  it("names the file by the Tokyo time of the export", () => {
    expect(csvFileName("customers", new Date("2026-11-25T06:30:00Z"))).toBe("customers-20261125-1530.csv");
    expect(csvFileName("customers", new Date("2026-11-24T15:05:00Z"))).toBe("customers-20261125-0005.csv");
  });

  it("gives an ASCII fallback and an RFC 5987 name that cannot break the header", () => {
    expect(attachmentDisposition('顧客 "一覧".csv')).toBe(
      `attachment; filename="__ ____.csv"; filename*=UTF-8''%E9%A1%A7%E5%AE%A2%20%22%E4%B8%80%E8%A6%A7%22.csv`,
    );
  });
});
