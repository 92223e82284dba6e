"use server";

import { defineAction } from "@/lib/actions/define-action";
import { checkTemplateValues } from "@/lib/templates/check-values";
import { checkValuesInput, createTemplateInput, templateIdInput, updateTemplateInput } from "@/lib/templates/model/inputs";
import { archiveTemplate, createTemplate, restoreTemplate, setDefaultTemplate, updateTemplate } from "@/lib/templates/mutations";

const revalidate = ["/settings/templates"];

export const createTemplateAction = defineAction(createTemplateInput, createTemplate, { revalidate });
export const updateTemplateAction = defineAction(updateTemplateInput, updateTemplate, { revalidate });
export const setDefaultTemplateAction = defineAction(templateIdInput, setDefaultTemplate, { revalidate });
export const archiveTemplateAction = defineAction(templateIdInput, archiveTemplate, { revalidate });
export const restoreTemplateAction = defineAction(templateIdInput, restoreTemplate, { revalidate });
export const checkTemplateValuesAction = defineAction(checkValuesInput, checkTemplateValues);
