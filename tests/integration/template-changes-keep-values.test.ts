import { describe, expect, it } from "vitest";
import type { FieldDefinition } from "@/lib/templates/model/definition";
import { displayValues } from "@/lib/templates/model/display";
import { toFormValues, buildValuesSchema, type StoredValues } from "@/lib/templates/model/values";
import { createTemplate, updateTemplate } from "@/lib/templates/mutations";
import { getTemplate } from "@/lib/templates/queries";
import { asUser, createUser } from "./helpers/factories";

// Records (customers, organizations, reports) store values by field key and are never
// rewritten by a template change; these are the rules their pages apply when reading them.
describe("template changes keep stored values", () => {
  it("keeps values through a rename, a removal and a type change", async () => {
    const admin = await createUser({ role: "admin" });
    const as = <T>(fn: () => Promise<T>) => asUser(admin, fn);
    const { id } = await as(() => createTemplate({ kind: "customer", name: "変更テスト" }));
    let template = await as(() => getTemplate(id));
    const car: FieldDefinition = { key: "car", type: "text", label: "車種", required: false };
    const budget: FieldDefinition = { key: "budget", type: "text", label: "予算", required: false };
    const { version } = await as(() =>
      updateTemplate({ id, version: template.version, name: template.name, fields: [...template.fields, car, budget] }),
    );

    template = await as(() => getTemplate(id));
    const stored: StoredValues = buildValuesSchema(template.fields).parse({
      name: "会田 一郎",
      searchKeywords: "あいだ",
      car: "プリウス",
      budget: "三千万円くらい",
    });

    // Rename 車種 → 愛車, remove nothing yet; turn 予算 into 金額 (money).
    const renamed = template.fields.map((f) =>
      f.key === "car" ? { ...f, label: "愛車" } : f.key === "budget" ? ({ ...f, type: "money" } as FieldDefinition) : f,
    );
    const v2 = await as(() => updateTemplate({ id, version, name: template.name, fields: renamed }));
    template = await as(() => getTemplate(id));
    expect(displayValues(template, stored)).toContainEqual({ key: "car", label: "愛車", text: "プリウス", removed: false });

    // The type change is applied at the next edit: the old text is shown as it is, and
    // saving refuses it until it is corrected; the stored value was never touched.
    expect(toFormValues(template.fields, stored).budget).toBe("三千万円くらい");
    const resave = buildValuesSchema(template.fields).safeParse(toFormValues(template.fields, stored));
    expect(resave.error?.issues[0]).toMatchObject({ path: ["budget"], message: expect.stringContaining("金額") });
    expect(buildValuesSchema(template.fields).parse({ ...toFormValues(template.fields, stored), budget: "30,000,000" }).budget).toBe(
      30_000_000,
    );

    // Removing 愛車 keeps its value, shown under its last label as a removed field.
    await as(() =>
      updateTemplate({ id, version: v2.version, name: template.name, fields: template.fields.filter((f) => f.key !== "car") }),
    );
    template = await as(() => getTemplate(id));
    expect(displayValues(template, stored)).toContainEqual({ key: "car", label: "愛車", text: "プリウス", removed: true });
    expect(template.fields.map((f) => f.key)).not.toContain("car");
    expect(stored.car).toBe("プリウス");
  });
});
