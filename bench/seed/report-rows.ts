import { reportSearchText } from "@/lib/reports/search-text";
import { copyLine } from "./copy-format";
import { DATASET_NOW } from "./customer-rows";
import { createRandom, type Random } from "./prng";
import type { Reference, TemplateRef } from "./reference";

export const REPORT_COLUMNS = [
  "template_id",
  "customer_id",
  "author_id",
  "occurred_at",
  "title",
  "fields",
  "search_text",
  "version",
  "created_at",
  "updated_at",
] as const;

const DAY_MS = 24 * 3600 * 1000;
const HOUR_MS = 3600 * 1000;
export const HISTORY_DAYS = 5 * 365;
// DATASET_NOW is midnight in Tokyo, so whole days back from it are Tokyo days too.
const FIRST_DAY = DATASET_NOW - HISTORY_DAYS * DAY_MS;

/**
 * The time of record `index` of `count` spread evenly (with jitter) over `days` days from
 * `firstDay`, within business hours in Tokyo (9:00–19:00), to the minute. Increasing in
 * `index`, so that records come out in the order they were written.
 */
export function businessTime(index: number, count: number, random: Random, firstDay = FIRST_DAY, days = HISTORY_DAYS): number {
  const position = ((index + random.next()) / count) * days;
  const day = Math.floor(position);
  const minute = Math.floor((position - day) * 600);
  return firstDay + day * DAY_MS + 9 * HOUR_MS + minute * 60_000;
}

/** A datetime-local value in Tokyo (2025-04-01T10:30), as the report form stores it. */
export function tokyoLocal(ms: number): string {
  return new Date(ms + 9 * HOUR_MS).toISOString().slice(0, 16);
}

const MEETING_TITLES = [
  "初回面談",
  "ヒアリング",
  "プラン提案",
  "見積提示",
  "資金計画相談",
  "土地案内",
  "設計打合せ",
  "仕様打合せ",
  "契約前確認",
  "契約",
  "着工前打合せ",
  "引渡し前確認",
  "アフター点検",
  "リフォーム相談",
];
const VISIT_TITLES = ["", "来場", "モデルハウス見学", "打合せ来社", "契約来社", "相談来社"];
const TOPICS = [
  "間取りの希望を伺った",
  "予算感を確認した",
  "土地の候補を三件紹介した",
  "外観イメージを共有した",
  "断熱仕様を説明した",
  "太陽光発電の見積を出した",
  "キッチンの仕様を選定した",
  "住宅ローンの事前審査を案内した",
  "地盤調査の結果を報告した",
  "工程表を確認した",
  "二世帯の間取りを比較した",
  "外構プランを提案した",
  "耐震等級について説明した",
  "補助金の条件を確認した",
  "浴室リフォームの範囲を相談した",
  "屋根塗装の色を決めた",
  "完成見学会に招待した",
  "ご家族全員で来場された",
  "競合他社の見積と比較した",
  "契約書の読み合わせをした",
];
const REACTIONS = [
  "前向きに検討中",
  "ご主人が乗り気",
  "奥様は慎重",
  "予算の見直しが必要",
  "他社と比較中",
  "来月に再度来場予定",
  "親御さんと相談するとのこと",
  "資料を追加で送付する",
  "決定は年明け",
  "非常に好感触",
  "担当者変更の希望なし",
  "土地が決まり次第",
  "仕様に満足",
  "価格に懸念あり",
  "特になし",
];
const NEXT_ACTIONS = [
  "",
  "",
  "プラン修正版を送付",
  "見積を再提出",
  "土地の現地案内",
  "ローン事前審査の結果確認",
  "次回打合せ日程の調整",
  "契約書類の準備",
  "完成見学会の案内",
  "電話でフォロー",
  "仕様書を送付",
  "社長同席で再訪問",
];

type Template = TemplateRef & { meeting: boolean; purposes: string[] };

function reportTemplates(reference: Reference): Template[] {
  return reference.reportTemplates.map((t) => {
    const purpose = t.fields.find((f) => f.key === "purpose");
    return { ...t, meeting: t.fields.some((f) => f.type === "money"), purposes: purpose?.type === "select" ? purpose.options : ["その他"] };
  });
}

/**
 * COPY lines of `count` reports in the order they were written (occurred_at increasing):
 * 6 in 10 with the 商談記録 template (商談日時, 商談額 in three of four, 内容, 次回アクション),
 * the rest 来社履歴. `customerAt` picks the customer of a report written at a time.
 */
export function* reportLines(reference: Reference, count: number, seed: number, customerAt: (at: number, random: () => number) => number) {
  const random = createRandom(seed);
  const templates = reportTemplates(reference);
  const meeting = templates.find((t) => t.meeting) ?? templates[0]!;
  const visit = templates.find((t) => !t.meeting) ?? meeting;
  // search_text depends only on the texts picked, from small lists: normalize each once.
  const searchTexts = new Map<string, string>();
  const searchText = (template: Template, title: string, fields: Record<string, unknown>, key: string) => {
    let text = searchTexts.get(key);
    if (text === undefined) {
      text = reportSearchText({ title, templateName: template.name, fields: fields as never, templateFields: template.fields });
      searchTexts.set(key, text);
    }
    return text;
  };
  for (let i = 0; i < count; i++) {
    const at = businessTime(i, count, random);
    const customerId = customerAt(at, random.next);
    const author = random.pick(reference.userIds);
    const topic = random.int(0, TOPICS.length - 1);
    const reaction = random.int(0, REACTIONS.length - 1);
    const content = `${TOPICS[topic]}。${REACTIONS[reaction]}。`;
    let template: Template;
    let title: string;
    let fields: Record<string, unknown>;
    let key: string;
    if (random.chance(0.6)) {
      template = meeting;
      const t = random.int(0, MEETING_TITLES.length - 1);
      const next = random.int(0, NEXT_ACTIONS.length - 1);
      title = MEETING_TITLES[t]!;
      // 30万円 to 5,000万円, log-uniform, to the 1万円.
      const amount = random.chance(0.75)
        ? Math.round(Math.exp(Math.log(300_000) + random.next() * Math.log(5e7 / 3e5)) / 10_000) * 10_000
        : undefined;
      fields = {
        meetingAt: tokyoLocal(at),
        ...(amount === undefined ? {} : { dealAmount: amount }),
        content,
        ...(NEXT_ACTIONS[next] ? { nextAction: NEXT_ACTIONS[next] } : {}),
      };
      key = `m${t}.${topic}.${reaction}.${next}`;
    } else {
      template = visit;
      const t = random.int(0, VISIT_TITLES.length - 1);
      const purpose = random.int(0, template.purposes.length - 1);
      const withContent = random.chance(0.7);
      title = VISIT_TITLES[t]!;
      fields = { visitedAt: tokyoLocal(at), purpose: template.purposes[purpose], ...(withContent ? { content } : {}) };
      key = `v${t}.${purpose}.${withContent ? `${topic}.${reaction}` : ""}`;
    }
    const writtenAt = new Date(at + random.int(10, 600) * 60_000);
    yield copyLine([
      template.id,
      customerId,
      author,
      new Date(at),
      title,
      fields,
      searchText(template, title, fields, key),
      1,
      writtenAt,
      writtenAt,
    ]);
  }
}
