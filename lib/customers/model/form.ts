import { z } from "zod";
import type { FieldDefinition } from "@/lib/templates/model/definition";
import { buildValuesSchema, toFormValues, type StoredValues } from "@/lib/templates/model/values";
import { customerAttributes } from "./inputs";

/**
 * The customer form holds the template's fields under their keys and the attributes under
 * names starting with "_", which no field key can (keys start with a letter).
 */
export const ATTRIBUTE_FIELDS = {
  statusId: "_statusId",
  classId: "_classId",
  tagIds: "_tagIds",
  important: "_important",
  organizationId: "_organization",
} as const;
type AttributeName = keyof typeof ATTRIBUTE_FIELDS;

/** `_organization` exists only while 顧客組織 is on: absent, the stored membership is kept. */
export type CustomerFormValues = Record<string, unknown> & {
  _statusId: string;
  _classId: string;
  _tagIds: string[];
  _important: boolean;
  _organization?: { id: number; name: string } | null;
};

/** Browser-side check of the whole form; the server runs the same rules again. */
export function customerFormSchema(fields: readonly FieldDefinition[]) {
  const values = buildValuesSchema(fields);
  return z.record(z.string(), z.unknown()).superRefine((input, ctx) => {
    const checked = [values.safeParse(input), customerAttributes.safeParse(attributesOf(input))] as const;
    checked[0].error?.issues.forEach((issue) => ctx.addIssue({ code: "custom", path: issue.path, message: issue.message }));
    checked[1].error?.issues.forEach((issue) => {
      const name = ATTRIBUTE_FIELDS[issue.path[0] as AttributeName] ?? "_form";
      ctx.addIssue({ code: "custom", path: [name], message: issue.message });
    });
  });
}

export function attributesOf(input: Record<string, unknown>) {
  return {
    statusId: input._statusId,
    classId: input._classId,
    tagIds: input._tagIds,
    important: input._important,
    organizationId: input._organization === undefined ? undefined : ((input._organization as { id: number } | null)?.id ?? null),
  };
}

/** Server field errors come back named as the action's input; the form names them its way. */
export function formFieldName(serverName: string): string {
  return ATTRIBUTE_FIELDS[serverName as AttributeName] ?? serverName.replace(/^values\./, "");
}

export function initialCustomerFormValues(
  fields: readonly FieldDefinition[],
  record?: { stored: StoredValues; statusId: number; classId: number | null; tagIds: number[]; important: boolean },
  defaultStatusId?: number,
  organization?: { id: number; name: string } | null,
): CustomerFormValues {
  return {
    ...(organization === undefined ? {} : { _organization: organization }),
    ...toFormValues(fields, record?.stored),
    _statusId: String(record?.statusId ?? defaultStatusId ?? ""),
    _classId: record?.classId ? String(record.classId) : "",
    _tagIds: (record?.tagIds ?? []).map(String),
    _important: record?.important ?? false,
  };
}

/** A stored customer's values as its template form sees them (builtin columns included). */
export function storedCustomerValues(customer: {
  name: string;
  nameKana: string;
  searchKeywords: string;
  fields: StoredValues;
}): StoredValues {
  return { ...customer.fields, name: customer.name, nameKana: customer.nameKana, searchKeywords: customer.searchKeywords };
}
