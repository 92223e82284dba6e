import { searchColumns } from "@/lib/search/search-columns";
import { randomAddress } from "./addresses";
import { copyLine } from "./copy-format";
import { DATASET_NOW, FIVE_YEARS_MS, hiraganaToKatakana } from "./customer-rows";
import { createRandom, zipfPicker } from "./prng";
import type { Reference } from "./reference";
import { SURNAMES } from "./surnames";

export const ORGANIZATION_COLUMNS = [
  "template_id",
  "name",
  "name_kana",
  "search_keywords",
  "fields",
  "search_text",
  "search_grams",
  "sort_key",
  "version",
  "created_at",
  "updated_at",
  "created_by",
  "updated_by",
] as const;

/** Kind of business: [name part, reading, 業種]. */
const BUSINESSES: readonly (readonly [string, string, string])[] = [
  ["工務店", "こうむてん", "建設業"],
  ["建設", "けんせつ", "建設業"],
  ["住宅", "じゅうたく", "建設業"],
  ["ホーム", "ほーむ", "建設業"],
  ["設計事務所", "せっけいじむしょ", "建設業"],
  ["不動産", "ふどうさん", "不動産業"],
  ["地所", "じしょ", "不動産業"],
  ["商事", "しょうじ", "卸売業"],
  ["物産", "ぶっさん", "卸売業"],
  ["産業", "さんぎょう", "製造業"],
  ["製作所", "せいさくしょ", "製造業"],
  ["精機", "せいき", "製造業"],
  ["電機", "でんき", "製造業"],
  ["食品", "しょくひん", "製造業"],
  ["運輸", "うんゆ", "運輸業"],
  ["医院", "いいん", "医療"],
  ["歯科医院", "しかいいん", "医療"],
  ["会計事務所", "かいけいじむしょ", "サービス業"],
  ["興業", "こうぎょう", "サービス業"],
  ["農園", "のうえん", "農業"],
];
const LEGAL_FORMS = ["株式会社", "株式会社", "株式会社", "有限会社", "合同会社", ""];
const NOTES = ["", "", "", "社員紹介キャンペーン対象", "福利厚生提携先", "OB施主の勤務先", "法人契約あり"];

const pickSurname = zipfPicker(SURNAMES.length, 0.8);

/** COPY lines of `count` organizations; organization i has id i + 1 (the largest is 1). */
export function* organizationLines(reference: Reference, count: number, seed: number) {
  const random = createRandom(seed);
  const template = reference.organizationTemplate;
  for (let i = 0; i < count; i++) {
    const core = SURNAMES[pickSurname(random)]!;
    const [business, reading, industry] = random.pick(BUSINESSES);
    const legal = random.pick(LEGAL_FORMS);
    const bare = `${core.kanji}${business}`;
    const name = legal && random.chance(0.7) ? `${legal}${bare}` : `${bare}${legal}`;
    const nameKana = hiraganaToKatakana(`${core.reading}${reading}`);
    const { postalCode, address } = randomAddress(random);
    const phone = `0${random.int(3, 99)}-${random.int(100, 999)}-${random.int(1000, 9999)}`;
    const note = random.pick(NOTES);
    const fields = { postalCode, address, phone, industry, ...(note ? { note } : {}) };
    const keywords = `${industry} ${address.slice(0, 3)}`;
    const derived = searchColumns({ name, nameKana, searchKeywords: keywords, fields, templateFields: template.fields });
    const createdAt = DATASET_NOW - Math.floor(random.next() * FIVE_YEARS_MS);
    const updatedAt = createdAt + Math.floor(random.next() * (DATASET_NOW - createdAt));
    const author = random.pick(reference.userIds);
    yield copyLine([
      template.id,
      name,
      nameKana,
      keywords,
      fields,
      derived.searchText,
      derived.searchGrams,
      derived.sortKey,
      1,
      new Date(createdAt),
      new Date(updatedAt),
      author,
      author,
    ]);
  }
}
