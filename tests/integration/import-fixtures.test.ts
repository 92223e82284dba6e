import { asc, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { organizations } from "@/db/schema";
import { searchOrganizations } from "@/lib/organizations/queries";
import { asUser, createUser } from "./helpers/factories";
import { commitAndWait, fixtureRecords, fixtureBytes, uploadAndPreview } from "./helpers/import-helpers";

// Both organization fixtures import with every character intact: the rows read back from the database
// equal the file as this test decodes it on its own.

async function importOrganizations(file: string) {
  const user = await createUser();
  const preview = await uploadAndPreview(user, "organization", fixtureBytes(file));
  expect(preview).toMatchObject({ state: "validated", errorCount: 0 });
  const done = await commitAndWait(user, preview.id);
  return { user, preview, done };
}

describe("organization import of the fixtures", () => {
  it.each([
    ["organizations-cp932.csv", "cp932", "Shift_JIS (CP932)"],
    ["organizations-utf8-bom.csv", "utf8", "UTF-8"],
  ] as const)("%s: detected as %s, every name and field intact", async (file, encoding, label) => {
    const [header, ...rows] = fixtureRecords(file, encoding);
    const { user, preview, done } = await importOrganizations(file);
    expect(preview.encodingLabel).toBe(label);
    expect(preview.headers).toEqual(header);
    expect(preview.preview).toEqual({ created: rows.length, updated: 0, skipped: 0, errors: 0 });
    expect(done).toMatchObject({ state: "done", result: { created: rows.length, updated: 0, skipped: 0, errors: 0 } });

    const stored = await db
      .select()
      .from(organizations)
      .where(
        inArray(
          organizations.name,
          rows.map((r) => r[0]!),
        ),
      )
      .orderBy(asc(organizations.id));
    const mine = stored.slice(-rows.length);
    expect(
      mine.map((o) => [
        o.name,
        o.nameKana,
        o.searchKeywords,
        o.fields.postalCode ?? "",
        o.fields.address ?? "",
        o.fields.phone ?? "",
        o.fields.industry ?? "",
        o.fields.note ?? "",
      ]),
    ).toEqual(rows);
    // NEC and IBM extension characters came through (①, ㈱ in 備考).
    expect(mine.find((o) => o.name === "有限会社みどり建設")!.fields.note).toBe("㈱表記の旧社名あり。代表①");
    expect(mine.every((o) => o.createdBy === user.id && o.searchGrams.length > 0)).toBe(true);

    // The same search as 顧客組織一覧 finds them by kana.
    const found = await asUser(user, () => searchOrganizations({ keyword: "サンドボックス" }));
    expect(found.rows.map((r) => r.name)).toEqual(expect.arrayContaining(["株式会社サンドボックス", "合同会社サンドボックス10"]));
  });
});
