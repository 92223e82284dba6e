import { beforeAll, describe, expect, it } from "vitest";
import { createCampaignAction, deleteCampaignAction, updateCampaignAction } from "@/lib/campaigns/actions";
import { getCampaign, listCampaigns } from "@/lib/campaigns/queries";
import { EMPTY_FILTER } from "@/lib/customers/model/filter";
import { createDraft, execute, versionOf } from "./helpers/campaign-helpers";
import { createTag } from "./helpers/customer-factory";
import { insertCustomers, seededCustomerBasics } from "./helpers/customer-export-fixtures";
import { asUser, createUser } from "./helpers/factories";

let member: { id: number };
let basics: Awaited<ReturnType<typeof seededCustomerBasics>>;

beforeAll(async () => {
  member = await createUser();
  basics = await seededCustomerBasics();
});

const basicsOf = (name: string) => ({ name, kind: "newsletter" as const, plannedOn: "", description: "冬号" });

describe("drafts", () => {
  it("returns every field error at once, in Japanese", async () => {
    const result = await asUser(member, () =>
      createCampaignAction({ name: " ", kind: "fax" as never, plannedOn: "2026-02-30", description: "", criteria: EMPTY_FILTER }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        name: ["名称を入力してください"],
        kind: ["種類を選択してください"],
        plannedOn: [expect.stringContaining("実施予定日")],
      },
    });
  });

  it("edits with a version check, and deletes only drafts", async () => {
    const tag = await createTag();
    const { id } = await createDraft(member, { tagIds: [tag.id] });
    const version = await versionOf(id);
    const saved = await asUser(member, () =>
      updateCampaignAction({ id, version, ...basicsOf("冬のニュースレター"), criteria: { ...EMPTY_FILTER, importantOnly: true } }),
    );
    expect(saved).toEqual({ ok: true, data: { version: version + 1 } });
    const stale = await asUser(member, () => updateCampaignAction({ id, version, ...basicsOf("古い画面から"), criteria: EMPTY_FILTER }));
    expect(stale).toMatchObject({ ok: false, formError: expect.stringContaining("他のユーザーによって更新されています") });
    const detail = await asUser(member, () => getCampaign(id));
    expect(detail).toMatchObject({
      campaign: { name: "冬のニュースレター", kind: "newsletter", plannedOn: null },
      criteria: { kind: "filter", filter: { importantOnly: true, tagIds: [] } },
    });

    expect(await asUser(member, () => deleteCampaignAction({ id, version }))).toMatchObject({ ok: false });
    expect(await asUser(member, () => deleteCampaignAction({ id, version: version + 1 }))).toEqual({ ok: true, data: undefined });
    await expect(asUser(member, () => getCampaign(id))).rejects.toThrow("見つかりません");
  });
});

describe("executed campaigns", () => {
  it("keep their criteria, may still be renamed, and cannot be deleted", async () => {
    const tag = await createTag();
    await insertCustomers([{ templateId: basics.template.id, name: "実行 済", statusId: basics.status["新規顧客"]!, tagIds: [tag.id] }]);
    const { id } = await createDraft(member, { tagIds: [tag.id] });
    await execute(member, id);
    const version = await versionOf(id);
    const changeCriteria = await asUser(member, () => updateCampaignAction({ id, version, ...basicsOf("x"), criteria: EMPTY_FILTER }));
    expect(changeCriteria).toMatchObject({ ok: false, formError: expect.stringContaining("抽出条件は変更できません") });
    expect(await asUser(member, () => updateCampaignAction({ id, version, ...basicsOf("誤字を直した名称") }))).toMatchObject({ ok: true });
    expect(await asUser(member, () => deleteCampaignAction({ id, version: version + 1 }))).toMatchObject({
      ok: false,
      formError: expect.stringContaining("削除できません"),
    });
    // Executing again (a second tab) answers the frozen result.
    expect(await execute(member, id)).toEqual({ targetCount: 1, alreadyExecuted: true });
  });

  it("are listed newest first with their frozen count and responses, filtered by state", async () => {
    const { id: draftId } = await createDraft(member, {}, "一覧確認 下書き");
    const list = await asUser(member, () => listCampaigns({ keyword: "一覧確認" }));
    expect(list.rows.map((r) => r.id)).toEqual([draftId]);
    const executed = await asUser(member, () => listCampaigns({ state: "executed" }));
    expect(executed.rows.every((r) => r.state === "executed" && (r.targetCount ?? 0) > 0)).toBe(true);
  });
});
