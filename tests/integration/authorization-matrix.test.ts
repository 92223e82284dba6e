import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/shared/action-result";
import { settleImportRuns } from "@/lib/imports/background";
import { ACTIONS, type ActionEntry } from "../authorization-matrix";
import { actionWorld, loadAction, setOrganizationsFeature as setOrganizations, type ActionWorld } from "./helpers/action-world";
import { asUser } from "./helpers/factories";

let world: ActionWorld;
let users: ActionWorld["users"];

beforeAll(async () => {
  world = await actionWorld();
  users = world.users;
});

// Imports run in the background after their action returns: let them end before the database closes.
afterAll(async () => settleImportRuns());

async function call(entry: ActionEntry, as: { id: number } | null): Promise<ActionResult<unknown>> {
  const action = await loadAction(entry);
  const input = entry.input(await world.context());
  return asUser(as, () => action(input));
}

const refusedAsAnonymous = { ok: false, formError: expect.stringContaining("ログインしてください") };
const refusedAsMember = { ok: false, formError: expect.stringContaining("権限がありません") };

describe.each(ACTIONS)("$file#$name ($access)", (entry) => {
  if (entry.access === "setup") {
    it("is refused to everyone once a user exists", async () => {
      for (const as of [null, users.member, users.admin]) {
        expect(await call(entry, as)).toMatchObject({ ok: false, formError: expect.stringContaining("初期設定は完了") });
      }
    });
    return;
  }
  it("refuses an anonymous caller", async () => {
    expect(await call(entry, null)).toMatchObject(refusedAsAnonymous);
  });
  it(entry.access === "admin" ? "refuses a member" : "accepts a member", async () => {
    const result = await call(entry, users.member);
    if (entry.access === "admin") expect(result).toMatchObject(refusedAsMember);
    else expect(result).toMatchObject({ ok: true });
  });
  it("accepts an admin", async () => {
    expect(await call(entry, users.admin)).toMatchObject({ ok: true });
  });
  if (entry.feature) {
    it("is refused to everyone while its feature is off", async () => {
      const action = await loadAction(entry);
      const input = entry.input(await world.context());
      await setOrganizations(false);
      try {
        for (const as of [users.member, users.admin]) {
          expect(await asUser(as, () => action(input))).toMatchObject({ ok: false, formError: expect.stringContaining("機能は無効") });
        }
      } finally {
        await setOrganizations(true);
      }
    });
  }
});
