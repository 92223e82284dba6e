import { expect, test, type Locator, type Page } from "@playwright/test";
import { ADMIN } from "./helpers/accounts";
import { setFeature, signInPage } from "./helpers/session";

/** Unique per run and retry: the e2e database persists across tests. */
const suffix = () => `${Date.now().toString(36)}${test.info().retry}`;

async function createCustomer(page: Page, name: string, keyword: string, organization?: string) {
  await page.goto("/customers/new");
  const form = page.getByRole("form", { name: "顧客追加" });
  const chooser = form.getByLabel("テンプレート");
  if (await chooser.isVisible()) await chooser.selectOption({ label: "標準" });
  await form.getByLabel("氏名").fill(name);
  await form.getByLabel("検索用キーワード").fill(keyword);
  if (organization) {
    await form.getByRole("combobox", { name: "所属組織" }).fill(organization);
    await form.getByRole("option", { name: organization }).click();
  }
  await form.getByRole("button", { name: "顧客を登録" }).click();
  await expect(page.getByText("顧客を登録しました")).toBeVisible();
  return page.url().replace(/\?.*/, "");
}

test("a 商談記録 with 商談額 50,000 written from the customer's detail shows in 報告書一覧, the totals and the timeline; a 予定 is added and marked done", async ({
  page,
}) => {
  const id = suffix();
  const name = `会田 ${id}`;
  await signInPage(page, ADMIN);
  const detailUrl = await createCustomer(page, name, `e2e ${id}`);

  // 報告書を書く from the detail: the customer is already chosen.
  await page.getByRole("link", { name: "報告書を書く" }).click();
  const form = page.getByRole("form", { name: "報告書を書く" });
  await expect(form.getByTestId("selected-customer")).toHaveText(`${name} 様`);
  await expect(form.getByRole("radio", { name: "商談記録" })).toBeChecked();
  // Required 内容 missing: refused in the browser, at the field, in Japanese.
  await form.getByRole("button", { name: "報告書を保存" }).click();
  await expect(form.getByText("内容は必須です")).toBeVisible();
  await form.getByLabel("商談額").fill("50,000");
  await form.getByLabel(/^内容/).fill(`プラン提案 ${id}`);
  await form.getByRole("button", { name: "報告書を保存" }).click();

  await expect(page).toHaveURL(new RegExp(`${detailUrl}\\?saved=report`));
  await expect(page.getByText("報告書を保存しました")).toBeVisible();
  await expect(page.getByLabel("金額の合計")).toContainText("商談額 合計");
  await expect(page.getByLabel("金額の合計")).toContainText("¥50,000");
  const timeline = page.getByRole("list", { name: "対応履歴" });
  await expect(timeline.locator('[data-kind="report"]')).toContainText("商談記録");
  await expect(timeline.locator('[data-kind="report"]')).toContainText("商談額: ¥50,000");

  // 報告書一覧 finds it by the customer's name, as a row (table) or a card (phone).
  await page.goto(`/reports?q=${encodeURIComponent(id)}`);
  const row = page.locator("[data-report-id]").filter({ visible: true });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(name);
  await expect(row).toContainText("¥50,000");
  await row.getByRole("link").filter({ hasText: "商談額" }).click();
  await expect(page.getByRole("heading", { name: "商談記録", exact: true })).toBeVisible();
  await expect(page.getByText(`プラン提案 ${id}`)).toBeVisible();

  // 予定を追加 from the detail, then mark it done there.
  await page.goto(detailUrl);
  await page.getByRole("link", { name: "予定を追加" }).first().click();
  const scheduleForm = page.getByRole("form", { name: "予定を追加" });
  await expect(scheduleForm.getByTestId("selected-customer")).toHaveText(`${name} 様`);
  const title = `現場見学会 ${id}`;
  await scheduleForm.getByLabel("件名").fill(title);
  await scheduleForm.getByLabel("場所").fill("本社モデルハウス");
  await scheduleForm.getByRole("button", { name: "予定を追加" }).click();
  await expect(page.getByText("予定を保存しました")).toBeVisible();
  const upcoming = page.getByLabel("今後の予定");
  await expect(upcoming.getByText(title)).toBeVisible();
  await expect(timeline.locator('[data-kind="schedule"]')).toContainText(`【予定】${title}`);

  await upcoming.getByRole("checkbox", { name: `予定「${title}」を完了にする` }).click();
  await expect(page.getByText("未完了の予定はありません")).toBeVisible();
  await expect(timeline.locator('[data-kind="schedule"]')).toContainText(`【完了】${title}`);

  // 予定一覧 > 完了済み (mine: the admin was the default 担当者) lists it, ticked.
  await page.goto("/schedules?range=done");
  await expect(page.getByRole("checkbox", { name: `予定「${title}」を未完了に戻す` })).toHaveAttribute("aria-checked", "true");
});

test("報告書 > 新規 finds the customer by keyword; a stale edit is refused and keeps the typing; 削除 asks first; a 予定 added from 予定一覧 is deleted from its row", async ({
  page,
}) => {
  const id = suffix();
  const name = `青木 ${id}`;
  await signInPage(page, ADMIN);
  await createCustomer(page, name, `e2e ${id}`);

  await page.goto("/reports/new");
  const form = page.getByRole("form", { name: "報告書を書く" });
  await form.getByRole("radio", { name: "来社履歴" }).check({ force: true });
  await form.getByRole("combobox", { name: "顧客" }).fill(id);
  await page.getByRole("option", { name: new RegExp(name) }).click();
  await expect(form.getByTestId("selected-customer")).toHaveText(`${name} 様`);
  await form.getByLabel("来社目的").selectOption("打ち合わせ");
  await form.getByRole("button", { name: "報告書を保存" }).click();
  await expect(page.getByText("報告書を保存しました")).toBeVisible();
  await expect(page.getByRole("heading", { name: "来社履歴", exact: true })).toBeVisible();

  const editUrl = `${page.url().replace(/\?.*/, "")}/edit`;
  await page.goto(editUrl);
  const other = await page.context().newPage();
  await other.goto(editUrl);
  await other.getByLabel("件名").fill("先に保存");
  await other.getByRole("button", { name: "変更を保存" }).click();
  await expect(other.getByText("変更を保存しました")).toBeVisible();
  await page.getByLabel("件名").fill("後から保存");
  await page.getByRole("button", { name: "変更を保存" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "他のユーザーによって更新されています" })).toBeVisible();
  await expect(page.getByLabel("件名")).toHaveValue("後から保存");
  await other.close();

  // 削除 asks first, then the report is gone from 報告書一覧.
  await page.goto(editUrl.replace(/\/edit$/, ""));
  await page.getByRole("button", { name: "削除" }).click();
  const confirmDelete = page.getByRole("dialog", { name: "報告書の削除" });
  await expect(confirmDelete).toContainText(`${name} 様の「来社履歴: 先に保存」`);
  await confirmDelete.getByRole("button", { name: "削除する" }).click();
  await expect(page.getByText("報告書を削除しました")).toBeVisible();
  await page.goto(`/reports?q=${encodeURIComponent(id)}`);
  await expect(page.getByText("条件に一致する報告書は見つかりませんでした")).toBeVisible();

  // 予定一覧 > 予定を追加 with the customer picker, then deleted from its row.
  await page.goto("/schedules");
  await page.getByRole("link", { name: "予定を追加" }).click();
  const scheduleForm = page.getByRole("form", { name: "予定を追加" });
  await scheduleForm.getByRole("combobox", { name: "顧客" }).fill(id);
  await page.getByRole("option", { name: new RegExp(name) }).click();
  const title = `電話 ${id}`;
  await scheduleForm.getByLabel("件名").fill(title);
  await scheduleForm.getByRole("button", { name: "予定を追加" }).click();
  await expect(page.getByText("予定を追加しました")).toBeVisible();
  await page.goto("/schedules?range=upcoming");
  await page.getByRole("button", { name: `予定「${title}」を削除` }).click();
  await page.getByRole("dialog", { name: "予定の削除" }).getByRole("button", { name: "削除する" }).click();
  await expect(page.getByRole("article", { name: `予定: ${title}` })).toHaveCount(0);
});

test("walkthrough: with 顧客組織 on, 会田's 商談記録 and 青木's 来社履歴 are separate rows, merged in time order on the organization, each alone on its customer", async ({
  page,
}) => {
  const id = suffix();
  const organization = `合同会社サンドボックス${id}`;
  await signInPage(page, ADMIN);
  await setFeature(page, "顧客組織", true);
  try {
    await page.goto("/organizations/new");
    const orgForm = page.getByRole("form", { name: "顧客組織追加" });
    await orgForm.getByLabel("組織名").fill(organization);
    await orgForm.getByLabel("検索用キーワード").fill(`sandbox ${id}`);
    await orgForm.getByRole("button", { name: "顧客組織を登録" }).click();
    await expect(page.getByText("顧客組織を登録しました")).toBeVisible();
    const organizationUrl = page.url().replace(/\?.*/, "");
    const urls: Record<string, string> = {};
    for (const who of ["会田", "青木", "明石"]) urls[who] = await createCustomer(page, `${who} ${id}`, `e2e ${id}`, organization);

    await writeReport(page, urls.会田!, {
      template: "商談記録",
      at: "2026-04-01T10:00",
      fill: async (form) => {
        await form.getByLabel("商談額").fill("50000");
        await form.getByLabel(/^内容/).fill("初回商談");
      },
    });
    await writeReport(page, urls.青木!, {
      template: "来社履歴",
      at: "2026-04-02T15:00",
      fill: (form) => form.getByLabel("来社目的").selectOption("モデルハウス見学"),
    });

    await page.goto(`/reports?q=${encodeURIComponent(id)}`);
    const rows = page.locator("[data-report-id]").filter({ visible: true });
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText(`青木 ${id}`);
    await expect(rows.nth(0)).toContainText("来社履歴");
    await expect(rows.nth(1)).toContainText(`会田 ${id}`);
    await expect(rows.nth(1)).toContainText("商談記録");

    await page.goto(organizationUrl);
    const reportsOnOrg = page.getByRole("list", { name: "対応履歴" }).locator('[data-kind="report"]');
    await expect(reportsOnOrg).toHaveCount(2);
    await expect(reportsOnOrg.nth(0)).toContainText(`青木 ${id}`);
    await expect(reportsOnOrg.nth(1)).toContainText(`会田 ${id}`);
    await expect(reportsOnOrg.filter({ hasText: `明石 ${id}` })).toHaveCount(0);

    for (const [who, kind, other] of [
      ["会田", "商談記録", "来社履歴"],
      ["青木", "来社履歴", "商談記録"],
    ] as const) {
      await page.goto(urls[who]!);
      const own = page.getByRole("list", { name: "対応履歴" }).locator('[data-kind="report"]');
      await expect(own).toHaveCount(1);
      await expect(own).toContainText(kind);
      await expect(own.filter({ hasText: other })).toHaveCount(0);
    }
  } finally {
    await setFeature(page, "顧客組織", false);
  }
});

async function writeReport(
  page: Page,
  customerUrl: string,
  report: { template: string; at: string; fill: (form: Locator) => Promise<unknown> },
) {
  await page.goto(customerUrl);
  await page.getByRole("link", { name: "報告書を書く" }).click();
  const form = page.getByRole("form", { name: "報告書を書く" });
  await form.getByRole("radio", { name: report.template }).check({ force: true });
  await form.getByLabel(/^日時/).fill(report.at);
  await report.fill(form);
  await form.getByRole("button", { name: "報告書を保存" }).click();
  await expect(page.getByText("報告書を保存しました")).toBeVisible();
}
