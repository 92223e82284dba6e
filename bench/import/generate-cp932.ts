import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { parseArgs } from "node:util";
import iconv from "iconv-lite";
import { createRandom } from "@/bench/seed/prng";

// An organization CSV as Excel writes it in Japan: CP932, CRLF, the seeded template's
// headers, NEC / IBM extension characters (①, ㈱, 髙, 﨑) and quoted cells holding commas,
// quotes and line breaks, so the benchmark exercises every path of the import.

export const ORGANIZATION_HEADERS = ["組織名", "フリガナ", "検索キーワード", "郵便番号", "住所", "電話番号", "業種", "備考"];
// A million full rows exceed the 100 MB upload limit; the narrow form (name, kana,
// keywords, phone) keeps a million rows near 70 MB.
const NARROW = [0, 1, 2, 5];

const FORMS = [
  ["株式会社", "カブシキガイシャ"],
  ["有限会社", "ユウゲンガイシャ"],
  ["合同会社", "ゴウドウガイシャ"],
  ["㈱", "カブシキガイシャ"],
] as const;
const NAMES = [
  ["髙橋", "タカハシ"],
  ["山﨑", "ヤマザキ"],
  ["佐藤", "サトウ"],
  ["鈴木", "スズキ"],
  ["田中", "タナカ"],
  ["渡辺", "ワタナベ"],
  ["伊藤", "イトウ"],
  ["中村", "ナカムラ"],
] as const;
const TRADES = [
  ["建設", "ケンセツ"],
  ["工務店", "コウムテン"],
  ["不動産", "フドウサン"],
  ["ホーム", "ホーム"],
  ["設計", "セッケイ"],
] as const;
const PREFECTURES = ["東京都千代田区", "大阪府大阪市北区", "愛知県名古屋市中区", "福岡県福岡市博多区", "北海道札幌市中央区"];
const INDUSTRIES = ["建設", "不動産", "設計", "小売", "製造"];

function cell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header and `rows` data lines (CRLF-terminated), the same for the same seed. */
export function* organizationCsvLines(rows: number, seed = 20261125, narrow = false): Generator<string> {
  const random = createRandom(seed);
  const pick = <T>(values: T[]) => (narrow ? NARROW.map((i) => values[i]!) : values);
  yield `${pick(ORGANIZATION_HEADERS).join(",")}\r\n`;
  for (let i = 1; i <= rows; i++) {
    const [form, formKana] = random.pick(FORMS);
    const [name, nameKana] = random.pick(NAMES);
    const [trade, tradeKana] = random.pick(TRADES);
    const note = random.chance(0.1) ? `代表①: ${name}様, "要確認"\r\n㈱表記あり` : random.chance(0.3) ? `取引番号 ${i}` : "";
    const values = [
      `${form}${name}${trade}${i}`,
      `${formKana}${nameKana}${tradeKana}`,
      `${name} ${trade} 取引先`,
      `${100 + (i % 900)}-${String(i % 10000).padStart(4, "0")}`,
      `${random.pick(PREFECTURES)}${1 + (i % 9)}-${1 + (i % 20)}-${1 + (i % 30)}`,
      `03-${String(1000 + (i % 9000))}-${String(i % 10000).padStart(4, "0")}`,
      random.pick(INDUSTRIES),
      note,
    ];
    yield `${pick(values).map(cell).join(",")}\r\n`;
  }
}

/** Writes the CSV in CP932 as it is generated (memory stays flat for any size). */
export async function writeOrganizationsCsv(
  path: string,
  rows: number,
  options: { seed?: number; narrow?: boolean } = {},
): Promise<number> {
  const out = createWriteStream(path);
  const encoder = iconv.getEncoder("cp932");
  let bytes = 0;
  let pending = "";
  const flush = async () => {
    const chunk = encoder.write(pending);
    pending = "";
    bytes += chunk.length;
    if (!out.write(chunk)) await once(out, "drain");
  };
  for (const line of organizationCsvLines(rows, options.seed, options.narrow)) {
    pending += line;
    if (pending.length > 64 * 1024) await flush();
  }
  await flush();
  out.end();
  await once(out, "finish");
  return bytes;
}

// tsx bench/import/generate-cp932.ts --rows 100000 --out /tmp/organizations-100k.csv
if (process.argv[1]?.endsWith("generate-cp932.ts")) {
  const { values } = parseArgs({
    options: {
      rows: { type: "string", default: "100000" },
      out: { type: "string", default: "organizations-cp932-bench.csv" },
      narrow: { type: "boolean", default: false },
    },
  });
  writeOrganizationsCsv(values.out!, Number(values.rows), { narrow: values.narrow }).then((bytes) =>
    console.log(`${values.out}: ${values.rows} rows, ${bytes} bytes`),
  );
}
