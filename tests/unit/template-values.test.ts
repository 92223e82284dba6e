import { describe, expect, it } from "vitest";
import type { FieldDefinition } from "@/lib/templates/model/definition";
import { toFormValues, buildValuesSchema } from "@/lib/templates/model/values";

const field = <T extends FieldDefinition>(f: T) => f;

const cases: { field: FieldDefinition; valid: [unknown, unknown][]; invalid: [unknown, string][] }[] = [
  {
    field: field({ key: "memo", label: "メモ", type: "text", required: false }),
    valid: [
      ["  こんにちは  ", "こんにちは"],
      ["ｱｲﾀﾞ", "ｱｲﾀﾞ"],
    ],
    invalid: [
      ["あ".repeat(201), "200文字以内"],
      [{ a: 1 }, "値の形式が正しくありません"],
    ],
  },
  {
    field: field({ key: "body", label: "内容", type: "textarea", required: false }),
    valid: [["1行目\n2行目", "1行目\n2行目"]],
    invalid: [["あ".repeat(5001), "5000文字以内"]],
  },
  {
    field: field({ key: "rooms", label: "部屋数", type: "number", required: false, min: 0, max: 20 }),
    valid: [
      ["3", 3],
      [4.5, 4.5],
      ["１２", 12],
    ],
    invalid: [
      ["abc", "数値を入力してください"],
      ["21", "20以下"],
      [-1, "0以上"],
    ],
  },
  {
    field: field({ key: "amount", label: "商談額", type: "money", required: false }),
    valid: [
      ["50,000", 50000],
      ["¥1,234,000", 1234000],
      [800, 800],
      ["３００円", 300],
    ],
    invalid: [
      ["12.5", "整数"],
      ["五万", "金額を半角数字"],
      [1e13, "大きすぎます"],
    ],
  },
  {
    field: field({ key: "visit", label: "来社日", type: "date", required: false }),
    valid: [
      ["2026-04-01", "2026-04-01"],
      ["2026/4/1", "2026-04-01"],
    ],
    invalid: [
      ["2026-02-30", "日付の形式"],
      ["明日", "日付の形式"],
      [20260401, "値の形式"],
    ],
  },
  {
    field: field({ key: "at", label: "商談日時", type: "datetime", required: false }),
    valid: [
      ["2026-04-01T09:30", "2026-04-01T09:30"],
      ["2026/4/1 9:05", "2026-04-01T09:05"],
    ],
    invalid: [
      ["2026-04-01T25:00", "日時の形式"],
      ["2026-04-01", "日時の形式"],
    ],
  },
  {
    field: field({ key: "purpose", label: "来社目的", type: "select", required: false, options: ["見学", "相談"] }),
    valid: [["見学", "見学"]],
    invalid: [["購入", "選択肢から選んでください"]],
  },
  {
    field: field({ key: "hobby", label: "趣味", type: "multiselect", required: false, options: ["釣り", "料理", "旅行"] }),
    valid: [
      [
        ["旅行", "釣り"],
        ["釣り", "旅行"],
      ],
      ["料理", ["料理"]],
    ],
    invalid: [[["釣り", "登山"], "選択肢から選んでください"]],
  },
  {
    field: field({ key: "dm", label: "DM送付可", type: "checkbox", required: false }),
    valid: [
      [true, true],
      [false, false],
      ["on", true],
    ],
    invalid: [["maybe", "値の形式"]],
  },
  {
    field: field({ key: "mail", label: "メール", type: "email", required: false }),
    valid: [
      ["taro@example.jp", "taro@example.jp"],
      ["ｔａｒｏ@example.jp", "taro@example.jp"],
    ],
    invalid: [["taro@", "メールアドレスの形式"]],
  },
  {
    field: field({ key: "phone", label: "電話番号", type: "tel", required: false }),
    valid: [
      ["03-1234-5678", "03-1234-5678"],
      ["０９０ー１２３４ー５６７８", "090-1234-5678"],
    ],
    invalid: [
      ["電話して", "電話番号の形式"],
      ["12", "電話番号の形式"],
    ],
  },
  {
    field: field({ key: "zip", label: "郵便番号", type: "postal", required: false }),
    valid: [
      ["1234567", "123-4567"],
      ["〒123-4567", "123-4567"],
      ["１２３－４５６７", "123-4567"],
    ],
    invalid: [
      ["123-456", "7桁"],
      ["abc-defg", "7桁"],
    ],
  },
  {
    field: field({ key: "site", label: "Webサイト", type: "url", required: false }),
    valid: [["https://example.jp/a", "https://example.jp/a"]],
    invalid: [
      ["javascript:alert(1)", "URLの形式"],
      ["example.jp", "URLの形式"],
    ],
  },
];

describe.each(cases)("field type $field.type", ({ field: f, valid, invalid }) => {
  const optional = buildValuesSchema([f]);
  const required = buildValuesSchema([{ ...f, required: true }]);

  it.each(valid)("accepts %j as %j, and parsing the stored value again gives the same", (input, stored) => {
    const first = optional.parse({ [f.key]: input });
    expect(first).toEqual({ [f.key]: stored });
    expect(optional.parse(first)).toEqual(first);
  });

  it.each(invalid)("refuses %j with a message at the field (%s)", (input, message) => {
    const result = optional.safeParse({ [f.key]: input });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([f.key]);
    expect(result.error?.issues[0]?.message).toContain(message);
  });

  it("leaves an empty optional value out, and refuses it when required", () => {
    const empty = f.type === "multiselect" ? [] : f.type === "checkbox" ? false : "";
    if (f.type !== "checkbox") expect(optional.parse({ [f.key]: empty })).toEqual({});
    expect(optional.parse({})).toEqual({});
    const result = required.safeParse({ [f.key]: empty });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(f.label);
  });
});

describe("buildValuesSchema", () => {
  it("says 検索用キーワードは必須です for the builtin search keywords", () => {
    const schema = buildValuesSchema([
      { key: "searchKeywords", builtin: true, type: "textarea", label: "検索用キーワード", required: true },
    ]);
    const result = schema.safeParse({ searchKeywords: "   " });
    expect(result.error?.issues[0]?.message).toBe("検索用キーワードは必須です");
  });

  it("returns every field's error at once", () => {
    const schema = buildValuesSchema([
      { key: "a", label: "A", type: "text", required: true },
      { key: "b", label: "B", type: "email", required: false },
    ]);
    const result = schema.safeParse({ a: "", b: "bad" });
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(["a", "b"]);
  });

  it("drops keys that are not fields of the template", () => {
    const schema = buildValuesSchema([{ key: "a", label: "A", type: "text", required: false }]);
    expect(schema.parse({ a: "x", removed: "y" })).toEqual({ a: "x" });
  });
});

describe("toFormValues", () => {
  const fields: FieldDefinition[] = [
    { key: "amount", label: "金額", type: "money", required: false, defaultValue: 1000 },
    { key: "tags", label: "興味", type: "multiselect", required: false, options: ["A", "B"] },
    { key: "ok", label: "同意", type: "checkbox", required: false, defaultValue: true },
  ];

  it("fills a new record's form with the defaults", () => {
    expect(toFormValues(fields)).toEqual({ amount: "1000", tags: [], ok: true });
  });

  it("shows a value stored under an older type as it is", () => {
    expect(toFormValues(fields, { amount: "五万円", tags: "A", ok: false })).toEqual({ amount: "五万円", tags: ["A"], ok: false });
  });
});
