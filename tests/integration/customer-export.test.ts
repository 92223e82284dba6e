import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { templates } from "@/db/schema";
import { GET } from "@/app/api/export/customers/route";
import type { CsvEncoding } from "@/lib/csv/encode";
import { exportCustomersCsv } from "@/lib/customers/export";
import { customerFilter } from "@/lib/customers/model/filter";
import { UnauthenticatedError } from "@/lib/errors";
import { builtinFields } from "@/lib/templates/model/definition";
import { insertCustomers, seededCustomerBasics } from "./helpers/customer-export-fixtures";
import { asUser, createUser } from "./helpers/factories";

let member: { id: number };
let basics: Awaited<ReturnType<typeof seededCustomerBasics>>;
let ids: number[];

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

function rowsOf(bytes: Buffer, encoding: CsvEncoding): string[][] {
  const text = encoding === "utf8" ? bytes.subarray(3).toString("utf8") : iconv.decode(bytes, "cp932");
  return parse(text, { record_delimiter: "\r\n" }) as string[][];
}

async function exported(filter: Record<string, unknown>, encoding: CsvEncoding): Promise<{ bytes: Buffer; rows: string[][] }> {
  const bytes = await asUser(member, async () => bytesOf(await exportCustomersCsv(customerFilter.parse(filter), encoding)));
  return { bytes, rows: rowsOf(bytes, encoding) };
}

beforeAll(async () => {
  member = await createUser();
  basics = await seededCustomerBasics();
  const [salon] = await db
    .insert(templates)
    .values({
      kind: "customer",
      name: "サロン用",
      fields: [
        ...builtinFields("customer"),
        { key: "phone", type: "tel", label: "電話番号", required: false },
        { key: "mobile", type: "tel", label: "電話番号", required: false },
        { key: "hobbies", type: "multiselect", label: "趣味", required: false, options: ["ゴルフ", "釣り", "読書"] },
        { key: "dm", type: "checkbox", label: "DM送付", required: false },
        { key: "budget", type: "money", label: "予算", required: false },
      ],
      retiredFields: [{ key: "car", type: "text", label: "車種", required: false }],
    })
    .returning();
  const { status, customerClass, tag, template } = basics;
  const rows = await insertCustomers([
    {
      templateId: template.id,
      name: "髙橋 一郎",
      nameKana: "タカハシ イチロウ",
      statusId: status["新規顧客"]!,
      classId: customerClass["Aランク"]!,
      tagIds: [tag["紹介"]!, tag["新築"]!],
      important: true,
      fields: { phone: "03-1234-5678", note: '1行目\n2行目, "引用"' },
      createdAt: new Date("2026-11-25T06:30:00Z"),
    },
    {
      templateId: salon!.id,
      name: "山﨑 花子😀",
      nameKana: "ヤマサキ ハナコ",
      statusId: status["商談中"]!,
      fields: { hobbies: ["ゴルフ", "釣り"], dm: true, budget: 30000000, mobile: "090-1111-2222", car: "プリウス" },
    },
    {
      templateId: template.id,
      name: "=cmd|' /C calc'!A0",
      nameKana: "-テスト",
      searchKeywords: "@mention",
      statusId: status["新規顧客"]!,
      fields: { address: "1〜2丁目" },
    },
  ]);
  ids = rows.map((r) => r.id);
});

const HEADER = [
  "ID",
  "氏名",
  "フリガナ",
  "ステータス",
  "客区分",
  "タグ",
  "重要",
  "電話番号",
  "メール",
  "郵便番号",
  "住所",
  "備考",
  "電話番号(サロン用)",
  "趣味",
  "DM送付",
  "予算",
  "車種(削除済み)",
  "検索用キーワード",
  "登録日時",
  "更新日時",
];

describe("customer CSV export", () => {
  it("writes UTF-8 with a BOM: every column, formulas neutralized, values formatted", async () => {
    const { bytes, rows } = await exported({}, "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(rows[0]).toEqual(HEADER);
    const [takahashi, yamasaki, formula] = rows.slice(1).map((r) => Object.fromEntries(HEADER.map((h, i) => [h, r[i]])));
    expect(rows).toHaveLength(4);
    expect(takahashi).toMatchObject({
      ID: String(ids[0]),
      氏名: "髙橋 一郎",
      ステータス: "新規顧客",
      客区分: "Aランク",
      タグ: "紹介、新築",
      重要: "★",
      電話番号: "03-1234-5678",
      備考: '1行目\n2行目, "引用"',
      登録日時: "2026/11/25 15:30",
      検索用キーワード: "髙橋 一郎",
    });
    expect(yamasaki).toMatchObject({
      氏名: "山﨑 花子😀",
      客区分: "",
      タグ: "",
      重要: "",
      趣味: "ゴルフ、釣り",
      DM送付: "はい",
      予算: "30000000",
      "電話番号(サロン用)": "090-1111-2222",
      "車種(削除済み)": "プリウス",
    });
    expect(formula).toMatchObject({ 氏名: "'=cmd|' /C calc'!A0", フリガナ: "'-テスト", 検索用キーワード: "'@mention" });
  });

  it("writes CP932 that decodes to the same table, with 「?」 for what CP932 lacks", async () => {
    const utf8 = (await exported({}, "utf8")).rows;
    const { rows } = await exported({}, "cp932");
    expect(rows[2]![1]).toBe("山﨑 花子?");
    expect(rows[3]![HEADER.indexOf("住所")]).toBe("1～2丁目");
    const comparable = (table: string[][]) => table.map((r) => r.map((c) => c.replace("😀", "?").replace("〜", "～")));
    expect(rows).toEqual(comparable(utf8));
  });

  it("exports only what the list's filter matches", async () => {
    const byStatus = await exported({ statusIds: [basics.status["新規顧客"]] }, "utf8");
    expect(byStatus.rows.slice(1).map((r) => r[0])).toEqual([String(ids[0]), String(ids[2])]);
    const byKeyword = await exported({ keyword: "たかはし" }, "utf8");
    expect(byKeyword.rows.slice(1).map((r) => r[1])).toEqual(["髙橋 一郎"]);
  });

  it("refuses a visitor who is not signed in", async () => {
    await expect(asUser(null, () => exportCustomersCsv(customerFilter.parse({}), "utf8"))).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("serves the download from the route: headers, filter from the query, 401 and 400 as text", async () => {
    const url = `http://localhost/api/export/customers?status=${basics.status["商談中"]}&encoding=cp932`;
    const response = await asUser(member, () => GET(new Request(url)));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=Shift_JIS");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="customers-\d{8}-\d{4}\.csv"; filename\*=UTF-8''customers-\d{8}-\d{4}\.csv$/,
    );
    const rows = rowsOf(Buffer.from(await response.arrayBuffer()), "cp932");
    expect(rows.slice(1).map((r) => r[1])).toEqual(["山﨑 花子?"]);

    const anonymous = await asUser(null, () => GET(new Request(url)));
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).toContain("ログインしてください");
    const badEncoding = await asUser(member, () => GET(new Request("http://localhost/api/export/customers?encoding=latin1")));
    expect(badEncoding.status).toBe(400);
    expect(await badEncoding.text()).toContain("utf8 または cp932");
  });

  // Two full batches of 2,000 and then an empty read: both ways a batch loop can end.
  it("reads past batch boundaries without losing or repeating a row", { timeout: 90_000 }, async () => {
    const { template, status, customerClass } = basics;
    const many = Array.from({ length: 4_000 }, (_, i) => ({
      templateId: template.id,
      name: `一括 ${i}`,
      statusId: status["追客中"]!,
      classId: customerClass["ランク外"]!,
    }));
    const inserted = await insertCustomers(many);
    const { rows } = await exported({ classIds: [customerClass["ランク外"]] }, "cp932");
    expect(rows.slice(1).map((r) => Number(r[0]))).toEqual(inserted.map((r) => r.id).sort((a, b) => a - b));
  });
});
