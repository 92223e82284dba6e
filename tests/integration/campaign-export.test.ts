import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/export/campaigns/[id]/targets/route";
import { exportCampaignTargetsCsv } from "@/lib/campaigns/export";
import { labelBatch } from "@/lib/campaigns/labels";
import { LABELS_PER_BATCH } from "@/lib/campaigns/model/vocabulary";
import { setTargetOutcomes } from "@/lib/campaigns/outcomes";
import type { CsvEncoding } from "@/lib/csv/encode";
import { createDraft, execute, setOrganizationsFeature, targetsOf } from "./helpers/campaign-helpers";
import { createTag } from "./helpers/customer-factory";
import { insertCustomers, seededCustomerBasics } from "./helpers/customer-export-fixtures";
import { asUser, createUser } from "./helpers/factories";

let member: { id: number };
let campaignId: number;

async function csv(encoding: CsvEncoding, outcome?: string) {
  const stream = await asUser(member, () => exportCampaignTargetsCsv({ id: campaignId, encoding, outcome }));
  const bytes = Buffer.from(await new Response(stream).arrayBuffer());
  const text = encoding === "utf8" ? bytes.subarray(3).toString("utf8") : iconv.decode(bytes, "cp932");
  return { bytes, rows: parse(text, { record_delimiter: "\r\n" }) as string[][] };
}

beforeAll(async () => {
  member = await createUser();
  await setOrganizationsFeature(false);
  const { template, status } = await seededCustomerBasics();
  const tag = await createTag();
  const base = { templateId: template.id, statusId: status["商談中"]!, tagIds: [tag.id] };
  await insertCustomers([
    { ...base, name: "髙橋 一郎", nameKana: "タカハシ イチロウ", fields: { postalCode: "530-0001", address: "大阪府大阪市北区梅田1-1-1" } },
    { ...base, name: '=HYPERLINK("http://x")', fields: { postalCode: "100-0001", address: "+東京都千代田区千代田1-1" } },
    { ...base, name: "住所 なし", fields: {} },
  ]);
  campaignId = (await createDraft(member, { tagIds: [tag.id] })).id;
  await execute(member, campaignId);
});

describe("DM address list (CSV)", () => {
  it("is UTF-8 with a BOM, in 〒 order, with 「様」 and formula-safe cells", async () => {
    const { bytes, rows } = await csv("utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(rows[0]).toEqual([
      "No.",
      "郵便番号",
      "住所",
      "宛名",
      "氏名",
      "フリガナ",
      "ステータス(実行時)",
      "客区分(実行時)",
      "結果",
      "顧客ID",
    ]);
    expect(rows.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ["1", "100-0001", "'+東京都千代田区千代田1-1", '\'=HYPERLINK("http://x") 様'],
      ["2", "530-0001", "大阪府大阪市北区梅田1-1-1", "髙橋 一郎 様"],
      ["3", "", "", "住所 なし 様"],
    ]);
    expect(rows[2]!.slice(4, 9)).toEqual(["髙橋 一郎", "タカハシ イチロウ", "商談中", "", "未対応"]);
  });

  it("is CP932 for Excel on request, and can be narrowed to one outcome", async () => {
    const { rows } = await csv("cp932");
    expect(rows[2]![3]).toBe("髙橋 一郎 様"); // 髙 is in CP932 (an IBM extension)
    const targets = await targetsOf(campaignId);
    await asUser(member, () => setTargetOutcomes({ campaignId, target: { kind: "ids", ids: [targets[0]!.id] }, outcome: "undelivered" }));
    expect((await csv("utf8", "undelivered")).rows).toHaveLength(2);
  });

  it("answers 401 to a visitor and 404 for an unknown campaign over HTTP", async () => {
    const request = (id: string) => new Request(`http://localhost/api/export/campaigns/${id}/targets?encoding=utf8`);
    const anonymous = await asUser(null, () => GET(request(String(campaignId)), { params: Promise.resolve({ id: String(campaignId) }) }));
    expect(anonymous.status).toBe(401);
    const missing = await asUser(member, () => GET(request("999999"), { params: Promise.resolve({ id: "999999" }) }));
    expect(missing.status).toBe(404);
    const ok = await asUser(member, () => GET(request(String(campaignId)), { params: Promise.resolve({ id: String(campaignId) }) }));
    expect(ok.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(ok.headers.get("content-disposition")).toContain(`campaign-${campaignId}-targets-`);
  });
});

describe("address labels", () => {
  it("come in 〒 order, and can leave out targets without an address", async () => {
    const all = await asUser(member, () => labelBatch(campaignId, { offset: 0, addressedOnly: false }));
    expect(all).toMatchObject({ total: 3, missingAddress: 1 });
    expect(all.labels.map((l) => l.postalCode)).toEqual(["100-0001", "530-0001", ""]);
    const addressed = await asUser(member, () => labelBatch(campaignId, { offset: 0, addressedOnly: true }));
    expect(addressed.labels).toHaveLength(2);
    expect(addressed.total).toBe(2);
    expect(LABELS_PER_BATCH % 12).toBe(0);
  });
});
