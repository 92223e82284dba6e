import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/shared/action-result";
import { settleImportRuns } from "@/lib/imports/background";
import { ACTIONS, type ActionContext } from "../authorization-matrix";
import { actionWorld, loadAction, type ActionWorld } from "./helpers/action-world";
import { dataFingerprint } from "./helpers/data-fingerprint";
import { asUser } from "./helpers/factories";
import { deepObject, hostileInput } from "./helpers/hostile-values";

// Every server action of the authorization matrix, called by an admin (so that only
// validation and the database can refuse) with inputs no form would send.
let world: ActionWorld;
let context: ActionContext;

beforeAll(async () => {
  world = await actionWorld();
  context = await world.context();
});

afterAll(async () => settleImportRuns());

const JAPANESE = /[ぁ-んァ-ヶ一-龠]/;
const ENGLISH_ZOD = /Invalid|expected|Too (big|small)|Unrecognized/;

function expectClearRefusal(result: ActionResult<unknown>) {
  if (result.ok) return;
  expect(result.formError).toMatch(JAPANESE);
  expect(result.formError).not.toMatch(/予期しないエラー/);
  for (const messages of Object.values(result.fieldErrors ?? {})) {
    for (const message of messages) {
      expect(message).toMatch(JAPANESE);
      expect(message).not.toMatch(ENGLISH_ZOD);
    }
  }
}

describe.each(ACTIONS)("$file#$name with hostile input", (entry) => {
  it("answers with a Japanese message, never the masked error, and changes no row when it refuses", async () => {
    const action = await loadAction(entry);
    const masked = vi.spyOn(console, "error");
    const valid = entry.input(context);
    const fixed = [true, null, "\u0000", deepObject(5000), { ...(valid as object), id: 2147483648 }, { ...(valid as object), id: true }];
    const run = async (input: unknown) => {
      await settleImportRuns();
      const before = await dataFingerprint();
      const result = await asUser(world.users.admin, () => action(input));
      expectClearRefusal(result);
      await settleImportRuns();
      if (!result.ok) expect(await dataFingerprint()).toBe(before);
    };
    try {
      for (const input of fixed) await run(input);
      await fc.assert(fc.asyncProperty(hostileInput(valid), run), { numRuns: 12 });
      expect(masked.mock.calls.filter(([first]) => String(first).startsWith("[action-error"))).toEqual([]);
    } finally {
      masked.mockRestore();
    }
  });
});
