import "server-only";

/**
 * FormData to a plain object for zod: repeated names become arrays, "on"/"true"/"false"
 * stay strings for z.coerce / z.stringbool to interpret, files are kept as File.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue; // Next's own hidden fields
    const values = formData.getAll(key);
    result[key] = values.length > 1 ? values : values[0];
  }
  return result;
}
