import { expect, test, type Page } from "@playwright/test";
import { ADMIN, MEMBER } from "./helpers/accounts";
import { openMenu, setFeature, signIn, signInPage } from "./helpers/session";

const ORGANIZATION_ENTRIES = ["顧客組織一覧", "顧客組織追加", "顧客組織インポート"];

const setOrganizations = (page: Page, on: boolean) => setFeature(page, "顧客組織", on);

test("turning 顧客組織 on shows its menu entries to everyone, and off hides them and its pages", async ({ page, browser }) => {
  await signInPage(page, ADMIN);
  await setOrganizations(page, false);
  await page.goto("/customers");
  let menu = await openMenu(page);
  for (const entry of ORGANIZATION_ENTRIES) await expect(menu.getByRole("link", { name: entry })).toHaveCount(0);
  expect((await page.request.get("/organizations")).status()).toBe(404);

  await setOrganizations(page, true);
  await page.reload();
  menu = await openMenu(page);
  for (const entry of ORGANIZATION_ENTRIES) await expect(menu.getByRole("link", { name: entry })).toBeVisible();

  // Another user's next request sees it too.
  const member = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  await signIn(member.request, MEMBER);
  const memberPage = await member.newPage();
  await memberPage.goto("/customers");
  await expect((await openMenu(memberPage)).getByRole("link", { name: "顧客組織一覧" })).toBeVisible();
  await (await openMenu(page)).getByRole("link", { name: "顧客組織一覧" }).click();
  await expect(page.getByRole("heading", { name: "顧客組織一覧" })).toBeVisible();

  await setOrganizations(page, false);
  await memberPage.reload();
  await expect((await openMenu(memberPage)).getByRole("link", { name: "顧客組織一覧" })).toHaveCount(0);
  expect((await memberPage.goto("/organizations/import"))?.status()).toBe(404);
  await member.close();
});
