import { searchColumns } from "@/lib/search/search-columns";
import { randomAddress, randomPhone } from "./addresses";
import { copyLine } from "./copy-format";
import { GIVEN_NAMES } from "./given-names";
import { createRandom, weightedPicker, zipfPicker, type Random } from "./prng";
import type { Reference } from "./reference";
import { SURNAMES } from "./surnames";

export const CUSTOMER_COLUMNS = [
  "template_id",
  "organization_id",
  "name",
  "name_kana",
  "search_keywords",
  "fields",
  "status_id",
  "class_id",
  "tag_ids",
  "important",
  "search_text",
  "search_grams",
  "sort_key",
  "version",
  "created_at",
  "updated_at",
  "created_by",
  "updated_by",
] as const;

// A fixed "now", so the same seed gives the same timestamps on any day.
export const DATASET_NOW = Date.parse("2025-10-01T00:00:00+09:00");
export const FIVE_YEARS_MS = 5 * 365 * 24 * 3600 * 1000;

const pickSurname = zipfPicker(SURNAMES.length, 1);
const pickGivenName = zipfPicker(GIVEN_NAMES.length, 0.5);
// Positions of SEEDED_STATUSES / SEEDED_CLASSES; the last class weight is "no class".
const pickStatus = weightedPicker([30, 25, 10, 5, 20, 10]);
const pickClass = weightedPicker([10, 20, 30, 15, 10, 10, 5]);
const pickTagCount = weightedPicker([30, 30, 18, 10, 7, 5]);

const SOURCES = ["WEB資料請求", "紹介", "見学会来場", "チラシ", "展示場来場", "SNS広告", "OB紹介", "電話問い合わせ"];
const WORKPLACES = ["市役所", "県庁", "トヨタ自動車", "日立製作所", "地元信金", "総合病院", "小学校", "商工会"];

export function hiraganaToKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/gu, (ch) => String.fromCodePoint(ch.codePointAt(0)! + 0x60));
}

function searchKeywords(random: Random): string {
  const words = [random.pick(SOURCES)];
  if (random.chance(0.15)) words.push(`旧姓${SURNAMES[pickSurname(random)]!.kanji}`);
  if (random.chance(0.2)) words.push(`${random.pick(WORKPLACES)}勤務`);
  return words.join(" ");
}

function pickTags(random: Random, tagIds: readonly number[], pickTag: (random: Random) => number): number[] {
  const wanted = Math.min(pickTagCount(random), tagIds.length);
  const chosen = new Set<number>();
  while (chosen.size < wanted) chosen.add(tagIds[pickTag(random)]!);
  return [...chosen].sort((a, b) => a - b);
}

/**
 * COPY lines of `count` customers; customer i (id i + 1) is the same for a given seed.
 * `membership[i]` is its organization (0: none); `createdAt[i]` receives its registration
 * time, which the reports and schedules written for it follow.
 */
export function* customerLines(reference: Reference, count: number, seed: number, membership?: Int32Array, createdAtOut?: Float64Array) {
  const random = createRandom(seed);
  const pickTag = zipfPicker(reference.tagIds.length, 1);
  for (let i = 0; i < count; i++) {
    const surname = SURNAMES[pickSurname(random)]!;
    const given = GIVEN_NAMES[pickGivenName(random)]!;
    const name = `${surname.kanji} ${given.kanji}`;
    const nameKana = hiraganaToKatakana(`${surname.reading} ${given.reading}`);
    const keywords = searchKeywords(random);
    const fields = { ...randomAddress(random), phone: randomPhone(random) };
    const derived = searchColumns({
      name,
      nameKana,
      searchKeywords: keywords,
      fields,
      templateFields: reference.customerTemplateFields,
    });
    const classIndex = pickClass(random);
    const createdAt = DATASET_NOW - Math.floor(random.next() * FIVE_YEARS_MS);
    // Four in ten were never edited; the rest at some point up to "now".
    const edited = random.chance(0.6);
    const updatedAt = edited ? createdAt + Math.floor(random.next() * (DATASET_NOW - createdAt)) : createdAt;
    if (createdAtOut) createdAtOut[i] = createdAt;
    yield copyLine([
      reference.customerTemplateId,
      membership?.[i] || null,
      name,
      nameKana,
      keywords,
      fields,
      reference.statusIds[pickStatus(random)]!,
      reference.classIds[classIndex] ?? null,
      pickTags(random, reference.tagIds, pickTag),
      random.chance(0.05),
      derived.searchText,
      derived.searchGrams,
      derived.sortKey,
      edited ? random.int(2, 8) : 1,
      new Date(createdAt),
      new Date(updatedAt),
      reference.adminId,
      reference.adminId,
    ]);
  }
}
