import "server-only";
import { requireAdmin } from "@/lib/auth/current-user";
import { checkValuesInput } from "@/lib/templates/model/inputs";
import { getTemplate } from "./queries";
import { buildValuesSchema, type StoredValues } from "@/lib/templates/model/values";

/**
 * The template preview's submit: validates on the server exactly as a record's save will,
 * and stores nothing. Returns the values as they would be stored.
 */
export async function checkTemplateValues(input: { templateId: number; values: Record<string, unknown> }): Promise<StoredValues> {
  await requireAdmin();
  const { templateId, values } = checkValuesInput.parse(input);
  const template = await getTemplate(templateId);
  return buildValuesSchema(template.fields).parse(values);
}
