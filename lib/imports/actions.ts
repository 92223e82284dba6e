"use server";

import { defineAction } from "@/lib/actions/define-action";
import { commitImportInput, configureImportInput, importJobIdInput } from "@/lib/imports/model";
import { cancelImport, commitImport, configureImport } from "@/lib/imports/mutations";

// The organization and customer import pages share these; each job knows its kind.
export const configureImportAction = defineAction(configureImportInput, configureImport);
export const commitImportAction = defineAction(commitImportInput, commitImport);
export const cancelImportAction = defineAction(importJobIdInput, cancelImport);
