import { asc, eq, like } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { organizations } from "@/db/schema";
import { createOrganization } from "@/lib/organizations/mutations";
import { importTuning } from "@/lib/imports/model";
import { asUser, createUser } from "./helpers/factories";
import { uniqueWord } from "./helpers/customer-factory";
import { commitAndWait, importWorld, uploadAndPreview } from "./helpers/import-helpers";

const defaults = { ...importTuning };
afterEach(() => Object.assign(importTuning, defaults, { beforeApplyBatch: undefined, afterStage: undefined }));

const utf8 = (lines: string[]) => Buffer.from(lines.join("\n"), "utf8");

async function existing(user: { id: number }, name: string, fields: Record<string, string> = {}) {
  const { organizationTemplate } = await importWorld();
  return asUser(user, () =>
    createOrganization({ templateId: organizationTemplate.id, values: { name, searchKeywords: "既存", ...fields } }),
  );
}

const stored = (prefix: string) =>
  db
    .select({
      id: organizations.id,
      name: organizations.name,
      keywords: organizations.searchKeywords,
      fields: organizations.fields,
      version: organizations.version,
    })
    .from(organizations)
    .where(like(organizations.name, `${prefix}%`))
    .orderBy(asc(organizations.id));

describe("duplicate handling", () => {
  it("skip: rows whose name is stored, or met earlier in the file (across batches), are left out", async () => {
    const user = await createUser();
    const p = uniqueWord();
    await existing(user, `${p}A`);
    importTuning.rowsPerBatch = 2;
    const csv = utf8(["組織名,検索用キーワード", `${p}A,新`, `${p}B,一回目`, `${p}C,c`, `${p}B,二回目`, `${p}A,新`]);
    const preview = await uploadAndPreview(user, "organization", csv, { duplicateMode: "skip", duplicateKey: "name" });
    expect(preview.preview).toEqual({ created: 2, updated: 0, skipped: 3, errors: 0 });
    expect(await commitAndWait(user, preview.id)).toMatchObject({ result: { created: 2, updated: 0, skipped: 3, errors: 0 } });
    expect((await stored(p)).map((o) => [o.name, o.keywords, o.version])).toEqual([
      [`${p}A`, "既存", 1],
      [`${p}B`, "一回目", 1],
      [`${p}C`, "c", 1],
    ]);
  });

  it("update: mapped columns overwrite, unmapped fields stay; a name met twice in the file ends with its last row", async () => {
    const user = await createUser();
    const p = uniqueWord();
    await existing(user, `${p}A`, { industry: "旧業種", phone: "03-1111-2222" });
    importTuning.rowsPerBatch = 2;
    const csv = utf8([
      "組織名,検索用キーワード,業種,備考",
      `${p}A,更新,新業種,`,
      `${p}D,一回目,建設,メモ`,
      `${p}X,x,,`,
      `${p}D,二回目,不動産,`,
    ]);
    const preview = await uploadAndPreview(user, "organization", csv, { duplicateMode: "update", duplicateKey: "name" });
    expect(preview.preview).toEqual({ created: 2, updated: 2, skipped: 0, errors: 0 });
    expect(await commitAndWait(user, preview.id)).toMatchObject({ state: "done", result: { created: 2, updated: 2 } });
    expect((await stored(p)).map((o) => [o.name, o.keywords, o.fields, o.version])).toEqual([
      [`${p}A`, "更新", { industry: "新業種", phone: "03-1111-2222" }, 2],
      [`${p}D`, "二回目", { industry: "不動産" }, 1],
      [`${p}X`, "x", {}, 1],
    ]);
  });

  it("update by a field (電話番号); two stored records with one key are a row error, not a guess", async () => {
    const user = await createUser();
    const p = uniqueWord();
    await existing(user, `${p}A`, { phone: "03-0000-0001" });
    await existing(user, `${p}B1`, { phone: "03-0000-0002" });
    await existing(user, `${p}B2`, { phone: "03-0000-0002" });
    const csv = utf8(["電話番号,組織名,検索用キーワード", `03-0000-0001,${p}A改,k`, `03-0000-0002,${p}B改,k`, `03-0000-0003,${p}C,k`]);
    const preview = await uploadAndPreview(user, "organization", csv, { duplicateMode: "update", duplicateKey: "phone" });
    expect(preview.preview).toEqual({ created: 1, updated: 1, skipped: 0, errors: 1 });
    expect(preview.errors).toEqual([
      {
        row: 3,
        column: "電話番号",
        message: "電話番号「03-0000-0002」の顧客組織が2件登録されているため、どれを上書きするか決められません",
      },
    ]);
    await commitAndWait(user, preview.id, true);
    expect((await stored(p)).map((o) => o.name)).toEqual([`${p}A改`, `${p}B1`, `${p}B2`, `${p}C`]);
  });

  it("create: every row is a new record, duplicates included", async () => {
    const user = await createUser();
    const p = uniqueWord();
    await existing(user, `${p}A`);
    const preview = await uploadAndPreview(user, "organization", utf8(["組織名,検索用キーワード", `${p}A,k`, `${p}A,k`]), {
      duplicateMode: "create",
    });
    expect(preview.preview).toEqual({ created: 2, updated: 0, skipped: 0, errors: 0 });
    await commitAndWait(user, preview.id);
    expect(await stored(p)).toHaveLength(3);
  });

  it("refuses the whole commit when a record it overwrites was edited after it was read", async () => {
    const user = await createUser();
    const p = uniqueWord();
    const { id } = await existing(user, `${p}A`);
    const preview = await uploadAndPreview(user, "organization", utf8(["組織名,検索用キーワード", `${p}A,上書き`, `${p}B,新規`]), {
      duplicateMode: "update",
      duplicateKey: "name",
    });
    importTuning.afterStage = async () => {
      await db.update(organizations).set({ searchKeywords: "他の人の編集", version: 2 }).where(eq(organizations.id, id));
    };
    const failed = await commitAndWait(user, preview.id);
    expect(failed).toMatchObject({ state: "failed", failedPhase: "commit" });
    expect(failed.message).toContain("他のユーザーが更新した顧客組織があるため");
    expect((await stored(p)).map((o) => [o.name, o.keywords])).toEqual([[`${p}A`, "他の人の編集"]]);
  });
});
