import { describe, expect, it } from "vitest";
import { cancelImportAction, commitImportAction, configureImportAction } from "@/lib/imports/actions";
import { settleImportRuns } from "@/lib/imports/background";
import { asUser, createUser } from "./helpers/factories";
import { importJobsForMatrix } from "./helpers/import-helpers";

// The server actions of both import pages: a signed-in owner (or an admin) may drive a job;
// an anonymous caller is refused, and another member is told the job does not exist.

describe("import actions", () => {
  it("configure, commit and cancel accept the owner and an admin, refuse anyone else", async () => {
    const owner = await createUser();
    const admin = await createUser({ role: "admin" });
    const stranger = await createUser();
    for (const as of [owner, admin]) {
      const jobs = await importJobsForMatrix(owner);
      const configured = await asUser(as, () =>
        configureImportAction({ jobId: jobs.uploadedId, templateId: jobs.templateId, columns: jobs.columns, duplicateMode: "create" }),
      );
      expect(configured).toMatchObject({ ok: true, data: { state: "validating" } });
      expect(await asUser(as, () => commitImportAction({ jobId: jobs.validatedId }))).toMatchObject({
        ok: true,
        data: { state: "committing" },
      });
      await settleImportRuns();
      expect(await asUser(as, () => cancelImportAction({ jobId: jobs.uploadedId }))).toMatchObject({
        ok: true,
        data: { state: "cancelled" },
      });
    }
    const jobs = await importJobsForMatrix(owner);
    const input = { jobId: jobs.uploadedId };
    expect(await asUser(null, () => cancelImportAction(input))).toMatchObject({
      ok: false,
      formError: expect.stringContaining("ログインしてください"),
    });
    expect(await asUser(stranger, () => cancelImportAction(input))).toMatchObject({
      ok: false,
      formError: expect.stringContaining("インポートが見つかりません"),
    });
    expect(
      await asUser(owner, () =>
        configureImportAction({ jobId: jobs.uploadedId, templateId: jobs.templateId, columns: ["name", ""], duplicateMode: "create" }),
      ),
    ).toMatchObject({
      ok: false,
      formError: "必須項目「検索用キーワード」に対応する列を選んでください。",
    });
  });
});
