import { expect, test } from "@playwright/test";
import { FIELD_TYPE_LABELS, FIELD_TYPES } from "@/lib/templates/model/definition";
import { ADMIN } from "./helpers/accounts";
import { signInPage } from "./helpers/session";

// A valid value for each type, typed the way a Japanese user would (full-width digits, commas).
const VALID: Record<(typeof FIELD_TYPES)[number], string | null> = {
  text: "山田工務店",
  textarea: "1行目\n2行目",
  number: "１２",
  money: "1,250,000",
  date: "2026-04-01",
  datetime: "2026-04-01T09:30",
  select: null,
  multiselect: null,
  checkbox: null,
  email: "info@example.jp",
  tel: "03-1234-5678",
  postal: "〒123-4567",
  url: "https://example.jp",
};

test("a report template with every field type renders a working form", async ({ page }, testInfo) => {
  await signInPage(page, ADMIN);
  await page.goto("/settings/templates?kind=report");
  const create = page.getByRole("form", { name: "報告書テンプレートを作成" });
  await create.getByLabel("テンプレート名").fill(`全項目${testInfo.retry || ""}`);
  await create.getByRole("button", { name: "作成して項目を編集" }).click();
  await expect(page.getByRole("heading", { name: /報告書テンプレート「全項目/ })).toBeVisible();
  await expect(page.getByTestId("field-row")).toHaveCount(0);

  for (const type of FIELD_TYPES) {
    await page.getByRole("button", { name: "項目を追加" }).click();
    const row = page.getByTestId("field-row").last();
    await row.getByLabel("項目名").fill(FIELD_TYPE_LABELS[type]);
    await row.getByLabel("種類").selectOption(type);
    if (type === "select" || type === "multiselect") await row.getByLabel("選択肢(1行に1つ)").fill("見学\n相談\n契約");
  }
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("テンプレートを保存しました")).toBeVisible();

  await page.getByRole("link", { name: "プレビュー" }).click();
  const form = page.getByRole("form", { name: "プレビュー" });
  for (const type of FIELD_TYPES) {
    const value = VALID[type];
    if (value !== null) await form.getByLabel(FIELD_TYPE_LABELS[type], { exact: true }).fill(value);
  }
  await form.getByLabel("選択", { exact: true }).selectOption("相談");
  await form.getByRole("group", { name: "複数選択" }).getByLabel("見学").check();
  await form.getByLabel("チェックボックス", { exact: true }).check();

  await form.getByLabel("メール", { exact: true }).fill("info@");
  await form.getByRole("button", { name: "入力チェック" }).click();
  await expect(form.getByText("メールアドレスの形式が正しくありません")).toBeVisible();
  await form.getByLabel("メール", { exact: true }).fill(VALID.email!);
  await form.getByRole("button", { name: "入力チェック" }).click();
  await expect(form.getByText("入力内容はサーバーでも有効と判定されました")).toBeVisible();
  await testInfo.attach("every-field-type", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
});
