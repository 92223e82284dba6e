import { expect, test, type Page } from "@playwright/test";
import { ADMIN } from "./helpers/accounts";
import { setFeature, signInPage } from "./helpers/session";

const run = () => `${Date.now().toString(36)}${test.info().retry}`;

async function addCustomer(page: Page, name: string, organization: string) {
  await page.goto("/customers/new");
  const form = page.getByRole("form", { name: "顧客追加" });
  const chooser = form.getByLabel("テンプレート");
  if (await chooser.isVisible()) await chooser.selectOption({ label: "標準" });
  await form.getByLabel("氏名").fill(name);
  await form.getByLabel("検索用キーワード").fill(name);
  await form.getByRole("combobox", { name: "所属組織" }).fill(organization.slice(0, 6));
  await form.getByRole("option", { name: organization }).click();
  await expect(form.getByTestId("selected-organization")).toHaveText(organization);
  await form.getByRole("button", { name: "顧客を登録" }).click();
  await expect(page.getByText("顧客を登録しました")).toBeVisible();
}

test("walkthrough: 顧客組織 on, 合同会社サンドボックス with 会田, 青木 and 明石; the column opens its popup with 3 members", async ({
  page,
}) => {
  const id = run();
  const organization = `合同会社サンドボックス${id}`;
  await signInPage(page, ADMIN);
  await setFeature(page, "顧客組織", true);
  await page.goto("/organizations/new");
  const form = page.getByRole("form", { name: "顧客組織追加" });
  await form.getByLabel("組織名").fill(organization);
  await form.getByLabel("フリガナ").fill("サンドボックス");
  await form.getByLabel("検索用キーワード").fill(`sandbox ${id}`);
  await form.getByRole("button", { name: "顧客組織を登録" }).click();
  await expect(page.getByText("顧客組織を登録しました")).toBeVisible();
  const organizationUrl = page.url().replace(/\?.*/, "");

  for (const name of ["会田", "青木", "明石"]) await addCustomer(page, `${name} ${id}`, organization);

  await page.goto(`/customers?q=${id}`);
  await page.getByRole("button", { name: organization }).filter({ visible: true }).first().click();
  const popup = page.getByRole("dialog", { name: organization });
  await popup.getByRole("button", { name: /組織内メンバ/ }).click();
  const members = popup.getByRole("list", { name: "組織内メンバ" });
  await expect(members.getByRole("listitem")).toHaveCount(3);
  for (const name of ["会田", "青木", "明石"]) await expect(members.getByText(`${name} ${id}`)).toBeVisible();
  // The merged timeline names each member.
  await expect(popup.getByRole("list", { name: "対応履歴" }).getByRole("link", { name: `明石 ${id} 様` })).toBeVisible();
  await page.keyboard.press("Escape");

  // Off: no column, no field, 404; the membership comes back when it is on again.
  await setFeature(page, "顧客組織", false);
  await page.goto(`/customers?q=${id}`);
  await expect(page.getByRole("button", { name: organization })).toHaveCount(0);
  await page.goto("/customers/new");
  await expect(page.getByRole("combobox", { name: "所属組織" })).toHaveCount(0);
  expect((await page.request.get(organizationUrl)).status()).toBe(404);
  await setFeature(page, "顧客組織", true);
  await page.goto(organizationUrl);
  await expect(page.getByRole("button", { name: /組織内メンバ 3人/ })).toBeVisible();
  await setFeature(page, "顧客組織", false);
});
