import { expect, test, type Locator } from "@playwright/test";
import { ADMIN } from "./helpers/accounts";
import { signInPage } from "./helpers/session";

// The e2e database lives for the whole run (and its retries): every name is new.
const unique = () => Math.random().toString(36).slice(2, 7);
const rowNames = (list: Locator) => list.getByRole("listitem").evaluateAll((rows) => rows.map((row) => row.getAttribute("aria-label")));

test("an admin adds a status and moves it up with the keyboard; the order survives a reload", async ({ page }) => {
  const name = `見学予約${unique()}`;
  await signInPage(page, ADMIN);
  await page.goto("/settings/statuses");

  const add = page.getByRole("form", { name: "ステータスを追加" });
  await add.getByLabel("ステータス名").fill(name);
  await add.getByText("緑", { exact: true }).click();
  await expect(add.getByLabel("緑", { exact: true })).toBeChecked();
  await add.getByRole("button", { name: "追加" }).click();
  await expect(page.getByText(`ステータス「${name}」を追加しました`)).toBeVisible();

  const list = page.getByRole("list", { name: "ステータス一覧" });
  await expect.poll(async () => (await rowNames(list)).at(-1)).toBe(name);
  const before = await rowNames(list);

  // Enter on 上へ twice: focus stays on the button while the row moves.
  const up = list.getByRole("button", { name: `「${name}」を上へ` });
  await up.press("Enter");
  await expect.poll(async () => (await rowNames(list)).indexOf(name)).toBe(before.length - 2);
  await expect(up).toBeFocused();
  await page.keyboard.press("Enter");
  await expect.poll(async () => (await rowNames(list)).indexOf(name)).toBe(before.length - 3);

  await page.reload();
  const expected = [...before.slice(0, -3), name, ...before.slice(-3, -1)];
  await expect.poll(() => rowNames(page.getByRole("list", { name: "ステータス一覧" }))).toEqual(expected);
});

test("an admin adds a tag, then deletes it after a confirmation that says how many customers carry it", async ({ page }) => {
  const name = `見学会${unique()}`;
  await signInPage(page, ADMIN);
  await page.goto("/settings/tags");

  const add = page.getByRole("form", { name: "タグを追加" });
  await add.getByLabel("タグ名").fill(name);
  await add.getByRole("button", { name: "追加" }).click();
  await expect(page.getByText(`タグ「${name}」を追加しました`)).toBeVisible();
  const row = page.getByRole("list", { name: "タグ一覧" }).getByRole("listitem", { name, exact: true });
  await expect(row).toContainText("顧客 0件");

  await row.getByRole("button", { name: `「${name}」を削除` }).click();
  const dialog = page.getByRole("dialog", { name: `タグ「${name}」を削除` });
  await expect(dialog).toContainText("このタグが付いた顧客はいません");
  await dialog.getByRole("button", { name: "削除する" }).click();
  await expect(page.getByText(`タグ「${name}」を削除しました`)).toBeVisible();
  await expect(row).toHaveCount(0);
});
