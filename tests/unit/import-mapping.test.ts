import { describe, expect, it } from "vitest";
import { autoMapping, duplicateKeyChoices, importTargets, mappingProblems } from "@/lib/imports/model";
import { SEEDED_TEMPLATES } from "@/lib/templates/seeded";

const fieldsOf = (kind: "customer" | "organization") => SEEDED_TEMPLATES.find((t) => t.kind === kind)!.fields;

describe("column mapping", () => {
  it("maps headers by template label first, then by common words (width, spaces and notes ignored)", () => {
    const targets = importTargets("organization", fieldsOf("organization"), false);
    expect(
      autoMapping(
        "organization",
        ["組織名", "フリガナ", "検索キーワード", "郵便番号", "住所", "電話番号", "業種", "備考", "担当者"],
        targets,
      ),
    ).toEqual(["name", "nameKana", "searchKeywords", "postalCode", "address", "phone", "industry", "note", ""]);
    expect(autoMapping("organization", ["会社名", "ふりがな", " 検索用 キーワード（必須）", "会社名"], targets)).toEqual([
      "name",
      "nameKana",
      "searchKeywords",
      "",
    ]);
  });

  it("offers 所属組織 to customer imports only while 顧客組織 is on", () => {
    const headers = ["氏名", "検索キーワード", "所属組織", "ステータス", "客区分", "タグ", "重要"];
    expect(autoMapping("customer", headers, importTargets("customer", fieldsOf("customer"), true))).toEqual([
      "name",
      "searchKeywords",
      "@organization",
      "@status",
      "@class",
      "@tags",
      "@important",
    ]);
    expect(autoMapping("customer", headers, importTargets("customer", fieldsOf("customer"), false))[2]).toBe("");
  });

  it("explains what a mapping lacks", () => {
    const targets = importTargets("organization", fieldsOf("organization"), false);
    expect(mappingProblems(["name", "name"], targets, { mode: "update", key: "phone" })).toEqual([
      "「組織名」に2つの列(1列目と2列目)が選ばれています。",
      "必須項目「検索用キーワード」に対応する列を選んでください。",
      "重複の判定に使う「電話番号」に対応する列を選んでください。",
    ]);
    expect(duplicateKeyChoices(fieldsOf("organization")).map((c) => c.label)).toEqual(["組織名", "郵便番号", "住所", "電話番号", "業種"]);
  });
});
