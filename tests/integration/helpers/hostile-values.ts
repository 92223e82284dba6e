import fc from "fast-check";

/** An object nested `depth` levels: { a: { a: … "x" } }. */
export function deepObject(depth: number, leaf: unknown = "x"): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

const hugeText = "あ".repeat(200_000);

/**
 * Values a hand-made request can carry where an id, a version, a name or a flag belongs:
 * booleans, negative and beyond-int4 ids, non-finite numbers, NUL characters, huge and empty
 * strings, deep objects and arrays.
 */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    true,
    false,
    null,
    undefined,
    0,
    -1,
    -2147483648,
    1.5,
    2147483648,
    99999999999,
    Number.MAX_SAFE_INTEGER,
    Infinity,
    -Infinity,
    Number.NaN,
  ),
  fc.constantFrom("", " ", "2147483648", "99999999999", "-1", "1e3", "true", "\u0000", "a\u0000b", "１２３", hugeText),
  fc.string({ maxLength: 20 }).map((s) => `${s}\u0000`),
  fc.constantFrom(deepObject(1000), deepObject(30, "\u0000"), [deepObject(200)], { __proto__: null }, { constructor: 1 }, [[[]]]),
  fc.jsonValue({ maxDepth: 3 }),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }),
);

/** The valid input with one of its fields (or a nested one) replaced by a hostile value. */
export function mutated(valid: unknown): fc.Arbitrary<unknown> {
  if (valid === null || typeof valid !== "object" || Array.isArray(valid)) return hostileValue;
  const record = valid as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 0) return hostileValue.map((v) => ({ extra: v }));
  return fc.tuple(fc.constantFrom(...keys), hostileValue, fc.boolean()).map(([key, value, nested]) => {
    const inner = record[key];
    if (nested && inner && typeof inner === "object" && !Array.isArray(inner)) {
      const innerKeys = Object.keys(inner);
      if (innerKeys.length > 0) return { ...record, [key]: { ...inner, [innerKeys[innerKeys.length - 1]!]: value } };
    }
    return { ...record, [key]: value };
  });
}

/** A FormData of arbitrary text under the input's own names (and some others). */
export function hostileFormData(valid: unknown): fc.Arbitrary<FormData> {
  const names = valid && typeof valid === "object" && !Array.isArray(valid) ? Object.keys(valid) : [];
  const name = fc.constantFrom(...names, "id", "values", "$ACTION_ID_x", "__proto__");
  const text = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom("\u0000", "2147483648", "true", "on", "", "あ".repeat(5000)));
  return fc.array(fc.tuple(name, text), { maxLength: 8 }).map((pairs) => {
    const form = new FormData();
    for (const [key, value] of pairs) form.append(key, value);
    return form;
  });
}

/** Any whole input: a hostile value, arbitrary JSON, a FormData, or the valid one with one field spoilt. */
export function hostileInput(valid: unknown): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 1, arbitrary: hostileValue },
    { weight: 1, arbitrary: hostileFormData(valid) },
    { weight: 4, arbitrary: mutated(valid) },
  );
}
