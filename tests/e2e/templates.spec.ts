import { expect, test } from "@playwright/test";
import { ADMIN } from "./helpers/accounts";
import { signInPage } from "./helpers/session";

test("an admin adds a required field to the customer template; its form refuses an empty value and accepts a filled one", async ({
  page,
}) => {
  const label = "紹介者";
  await signInPage(page, ADMIN);
  // A customer template of its own, so that a retry starts from the same state.
  await page.goto("/settings/templates?kind=customer");
  const create = page.getByRole("form", { name: "顧客テンプレートを作成" });
  await create.getByLabel("テンプレート名").fill(`紹介客用${test.info().retry || ""}`);
  await create.getByRole("button", { name: "作成して項目を編集" }).click();
  await expect(page.getByRole("heading", { name: /顧客テンプレート「紹介客用/ })).toBeVisible();
  await expect(page.getByTestId("field-row")).toHaveCount(3);

  await page.getByRole("button", { name: "項目を追加" }).click();
  const added = page.getByTestId("field-row").last();
  await added.getByLabel("項目名").fill(label);
  await added.getByLabel("種類").selectOption({ label: "1行テキスト" });
  await added.getByLabel("必須").check();
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("テンプレートを保存しました")).toBeVisible();

  // Moving a field with the keyboard-usable buttons keeps it, and survives a reload.
  await added.getByRole("button", { name: `「${label}」を上へ` }).click();
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("テンプレートを保存しました")).toBeVisible();
  await page.reload();
  const labels = () =>
    page
      .getByTestId("field-row")
      .getByLabel("項目名")
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  await expect.poll(labels).toEqual(["氏名", "フリガナ", label, "検索用キーワード"]);

  await page.goto(page.url() + "/preview");
  const form = page.getByRole("form", { name: "プレビュー" });
  await form.getByLabel("氏名").fill("会田 一郎");
  await form.getByLabel("検索用キーワード").fill("あいだ 紹介");
  await form.getByRole("button", { name: "入力チェック" }).click();
  await expect(form.getByText(`${label}は必須です`)).toBeVisible();

  await form.getByLabel(label).fill("青木 様");
  await form.getByRole("button", { name: "入力チェック" }).click();
  await expect(form.getByText("入力内容はサーバーでも有効と判定されました")).toBeVisible();
  await expect(form.getByText(`${label}は必須です`)).toHaveCount(0);
});

test("a stale template edit is refused with the typed changes kept", async ({ page, browser, baseURL }) => {
  await signInPage(page, ADMIN);
  await page.goto("/settings/templates?kind=report");
  await page.getByTestId("template-row").filter({ hasText: "来社履歴" }).getByRole("link", { name: "編集" }).click();
  const heading = page.getByRole("heading", { name: /来社履歴/ });
  await expect(heading).toBeVisible();

  // Another admin saves first.
  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  await signInPage(otherPage, ADMIN);
  await otherPage.goto(page.url());
  await otherPage.getByLabel("テンプレート名").fill("来社履歴(改)");
  await otherPage.getByRole("button", { name: "保存" }).click();
  await expect(otherPage.getByText("テンプレートを保存しました")).toBeVisible();
  await other.close();

  await page.getByLabel("テンプレート名").fill("来社記録");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("他のユーザーによって更新されています")).toBeVisible();
  await expect(page.getByLabel("テンプレート名")).toHaveValue("来社記録");
});
