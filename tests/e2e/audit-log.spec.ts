import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { ADMIN, MEMBER } from "./helpers/accounts";
import { signIn, signInPage } from "./helpers/session";
import { screenshot } from "./helpers/users";

test("監査ログ shows sign-ins and who downloaded which list, filters by kind and user, and exports itself", async ({
  page,
  playwright,
  baseURL,
}) => {
  // A member downloads the customer list: exports of personal data are what an auditor asks about first.
  const member = await playwright.request.newContext({ baseURL });
  await signIn(member, MEMBER);
  expect((await member.get("/api/export/customers?encoding=utf8")).status()).toBe(200);
  await member.dispose();

  await signInPage(page, ADMIN);
  await page.goto("/settings");
  await page.getByRole("link", { name: /^監査ログ/ }).click();
  await expect(page.getByRole("heading", { name: "監査ログ" })).toBeVisible();
  const entries = page.getByTestId("audit-entry");
  await expect(entries.filter({ hasText: "ログイン" }).first()).toBeVisible();
  await screenshot(page, "audit-log-all");

  const filters = page.getByRole("form", { name: "監査ログの絞り込み" });
  await filters.getByLabel("種類").selectOption({ label: "エクスポート(CSV出力)" });
  await filters.getByLabel("操作者").selectOption({ label: MEMBER.name });
  await filters.getByRole("button", { name: "絞り込む" }).click();
  await expect(page).toHaveURL(/kind=export/);
  const download = entries.filter({ hasText: "顧客のエクスポート" }).first();
  await expect(download).toContainText(MEMBER.name);
  await expect(download).toContainText("顧客一覧");
  await expect(download).toContainText(/\d+件/);
  await expect(entries.filter({ hasNotText: "エクスポート" })).toHaveCount(0);
  await screenshot(page, "audit-log-filtered");

  await page.getByRole("button", { name: "CSV出力" }).click();
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "UTF-8 (BOM付き)" }).click()]);
  const text = (await readFile(await file.path())).toString("utf8");
  expect(text.split("\r\n")[0]).toContain("日時");
  expect(text).toContain(MEMBER.name);

  // Clearing the filter shows that the admin's own export is on record too.
  await page.getByRole("link", { name: "クリア" }).click();
  // Wait for the cleared page: choosing on the old form would submit its 操作者 again.
  await expect(page).toHaveURL(/\/settings\/audit$/);
  await filters.getByLabel("種類").selectOption({ label: "エクスポート(CSV出力)" });
  await filters.getByRole("button", { name: "絞り込む" }).click();
  await expect(entries.filter({ hasText: "監査ログのエクスポート" }).first()).toContainText(ADMIN.name);
});
