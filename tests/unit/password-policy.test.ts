import { describe, expect, it } from "vitest";
import { containsEmail, passwordProblem, newUserInput } from "@/lib/users/model";

describe("password policy", () => {
  it("accepts a long, unremarkable password", () => {
    expect(passwordProblem("sakura-mochi-2026")).toBeNull();
    expect(passwordProblem("桜餅と柏餅を食べた日")).toBeNull();
  });

  it.each([
    ["short-9ch", "10文字以上"],
    ["a".repeat(201), "200文字以内"],
    ["aaaaaaaaaaaa", "繰り返し"],
    ["1234567890", "並び"],
    ["abcdefghijk", "並び"],
    ["Password2024!", "よく使われる"],
    ["ｐａｓｓｗｏｒｄ１２３", "よく使われる"],
  ])("refuses %s in Japanese", (password, message) => {
    expect(passwordProblem(password)).toContain(message);
  });

  it("refuses the e-mail or its name part, in any case or width", () => {
    expect(containsEmail("Yamada.Taro-2026", "yamada.taro@example.jp")).toBe(true);
    expect(containsEmail("ｙａｍａｄａ.ｔａｒｏ99", "Yamada.Taro@example.jp")).toBe(true);
    expect(containsEmail("kyoto-station-7", "yamada.taro@example.jp")).toBe(false);
    expect(containsEmail("anything-long", "")).toBe(false);
  });

  it("reports the e-mail problem together with the other fields' errors", () => {
    const result = newUserInput.safeParse({ email: "sato.hanako@example.jp", name: "", password: "sato.hanako-1", role: "member" });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toContain("name");
    expect(paths).toContain("password");
  });
});
