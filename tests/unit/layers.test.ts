import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The layers of README "Code layout": which lib/ files may reach the browser, and the lint
 * rules that keep each import boundary (a rule that silently stopped matching would let
 * database code into the client bundle again).
 */
const root = path.resolve(__dirname, "../..");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : /\.tsx?$/.test(entry.name) ? [path.relative(root, full)] : [];
  });
}

const BROWSER_SAFE = /^lib\/(shared\/|[\w-]+\/model\.ts$|[\w-]+\/model\/)/;
const ACTIONS = /^lib\/[\w-]+\/actions\.ts$/;
const libFiles = files(path.join(root, "lib"));
const firstStatement = (file: string) =>
  readFileSync(path.join(root, file), "utf8")
    .replace(/^(\s*(\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*/, "")
    .split("\n")[0];

describe("lib/ layers", () => {
  it('marks every server module with import "server-only" as its first statement', () => {
    const server = libFiles.filter((f) => !BROWSER_SAFE.test(f) && !ACTIONS.test(f));
    expect(server.length).toBeGreaterThan(100);
    expect(server.filter((f) => firstStatement(f) !== 'import "server-only";')).toEqual([]);
  });

  it("keeps model and shared modules free of it (the browser loads them)", () => {
    const safe = libFiles.filter((f) => BROWSER_SAFE.test(f));
    expect(safe.length).toBeGreaterThan(20);
    expect(safe.filter((f) => readFileSync(path.join(root, f), "utf8").includes("server-only"))).toEqual([]);
  });

  it('starts every action module with "use server"', () => {
    const actions = libFiles.filter((f) => ACTIONS.test(f));
    expect(actions.length).toBeGreaterThan(5);
    expect(actions.filter((f) => firstStatement(f) !== '"use server";')).toEqual([]);
  });
});

describe("import boundaries (eslint.config.mjs)", () => {
  const eslint = new ESLint({ cwd: root, cache: false });
  /** The boundary rules that fire on `source` as the file `file`. */
  async function violations(file: string, source: string): Promise<string[]> {
    const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
    return result!.messages
      .filter((m) => m.ruleId === "@typescript-eslint/no-restricted-imports" || m.ruleId === "crm/client-module-imports")
      .map((m) => m.ruleId!);
  }
  const use = (imports: string) => `${imports}\nexport const used = [x];\n`;
  // Loading the config and its parsers takes seconds once; each case is then quick.
  beforeAll(() => violations("components/x.tsx", ""), 120_000);

  it.each([
    ["components/x.tsx", 'import { x } from "@/db/client";'],
    ["components/x.tsx", 'import { x } from "@/lib/customers/queries";'],
    ["components/x.tsx", 'import { x } from "@/app/(app)/customers/page";'],
    ["app/x.tsx", '"use client";\nimport { x } from "@/lib/errors";'],
    ["app/x.tsx", '"use client";\nimport { x } from "@/db/schema";'],
    ["db/x.ts", 'import { x } from "@/lib/customers/mutations";'],
    ["lib/customers/x.ts", 'import { x } from "@/components/ui/button";'],
    ["lib/customers/x.ts", 'import { x } from "@/app/(app)/customers/page";'],
    ["lib/customers/model.ts", 'import { x } from "./queries";'],
    ["lib/customers/model.ts", 'import { x } from "@/lib/auth/current-user";'],
    ["lib/customers/model.ts", 'import { x } from "@/db/schema";'],
    ["lib/templates/model/x.ts", 'import { x } from "../queries";'],
    ["lib/shared/x.ts", 'import { x } from "@/lib/errors";'],
  ])("refuses in %s: %s", async (file, imports) => {
    expect(await violations(file, use(imports))).toHaveLength(1);
  });

  it.each([
    ["components/x.tsx", 'import { x } from "@/lib/customers/model";'],
    ["components/x.tsx", 'import { x } from "@/lib/customers/actions";'],
    ["components/x.tsx", 'import { x } from "@/lib/shared/cn";'],
    ["components/x.tsx", 'import type { x } from "@/lib/customers/queries";'],
    ["app/x.tsx", '"use client";\nimport { x } from "@/lib/templates/model/values";'],
    ["app/x.tsx", 'import { x } from "@/lib/customers/queries";'],
    ["db/x.ts", 'import { x } from "@/lib/customers/model";'],
    ["lib/customers/model.ts", 'import { x } from "@/lib/templates/model/values";'],
    ["lib/templates/model/x.ts", 'import { x } from "./definition";'],
    ["lib/customers/x.ts", 'import { x } from "@/db/client";'],
  ])("allows in %s: %s", async (file, imports) => {
    expect(await violations(file, use(imports))).toEqual([]);
  });
});
