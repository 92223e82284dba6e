import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FieldDefinition } from "@/lib/templates/model/definition";
import { FIELD_TYPES, type FieldType } from "@/lib/templates/model/definition";
import { buildValuesSchema, type StoredValue } from "@/lib/templates/model/values";

const options = ["見学", "相談", "契約"];

const fieldArb: fc.Arbitrary<FieldDefinition> = fc
  .record({ type: fc.constantFrom(...FIELD_TYPES), required: fc.boolean(), n: fc.nat(1000) })
  .map(({ type, required, n }) => {
    const base = { key: `f${n}`, label: `項目${n}`, required };
    if (type === "select" || type === "multiselect") return { ...base, type, options } as FieldDefinition;
    return { ...base, type } as FieldDefinition;
  });

const fieldsArb = fc.uniqueArray(fieldArb, { selector: (f) => f.key, maxLength: 8 });

// Anything a browser or an attacker could send for one field, plus plausible values.
const valueArb = fc.oneof(
  fc.anything(),
  fc.string(),
  fc.constantFrom("", " ", "50,000", "2026-04-01", "2026-04-01T09:30", "123-4567", "a@b.jp", "https://x.jp", "on", ...options),
  fc.array(fc.constantFrom(...options, "x")),
  fc.integer(),
  fc.double(),
  fc.boolean(),
);

const storedShape: Record<FieldType, (v: StoredValue) => boolean> = {
  text: (v) => typeof v === "string" && v.trim() === v && v !== "",
  textarea: (v) => typeof v === "string" && v !== "",
  number: (v) => typeof v === "number" && Number.isFinite(v),
  money: (v) => Number.isInteger(v),
  date: (v) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v),
  datetime: (v) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v),
  select: (v) => typeof v === "string" && options.includes(v),
  multiselect: (v) => Array.isArray(v) && v.length > 0 && v.every((o) => options.includes(o)),
  checkbox: (v) => typeof v === "boolean",
  email: (v) => typeof v === "string" && v.includes("@"),
  tel: (v) => typeof v === "string" && /\d/.test(v),
  postal: (v) => typeof v === "string" && /^\d{3}-\d{4}$/.test(v),
  url: (v) => typeof v === "string" && /^https?:\/\//.test(v),
};

describe("template values schema (property)", () => {
  it("parses any input into the stored shape or refuses it with field errors, never throwing", () => {
    fc.assert(
      fc.property(
        fieldsArb,
        fc.dictionary(fc.string({ maxLength: 5 }), valueArb),
        fc.array(valueArb, { maxLength: 8 }),
        (fields, noise, values) => {
          const input: Record<string, unknown> = { ...noise };
          fields.forEach((f, i) => (input[f.key] = values[i]));
          const schema = buildValuesSchema(fields);
          const result = schema.safeParse(input);
          if (result.success) {
            for (const [key, value] of Object.entries(result.data)) {
              const field = fields.find((f) => f.key === key);
              expect(field, `unexpected key ${key}`).toBeDefined();
              expect(storedShape[field!.type](value), `${field!.type}: ${JSON.stringify(value)}`).toBe(true);
            }
            for (const f of fields.filter((f) => f.required)) expect(result.data[f.key]).toBeDefined();
            expect(schema.parse(result.data)).toEqual(result.data);
          } else {
            const keys = new Set(fields.map((f) => f.key));
            for (const issue of result.error.issues) {
              expect(keys.has(String(issue.path[0])), `issue path ${issue.path.join(".")}`).toBe(true);
              expect(issue.message).toMatch(/[ぁ-んァ-ン一-龯]/);
            }
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("never throws on input that is not an object at all", () => {
    fc.assert(
      fc.property(fieldsArb, fc.anything(), (fields, input) => {
        expect(() => buildValuesSchema(fields).safeParse(input)).not.toThrow();
      }),
    );
  });
});
