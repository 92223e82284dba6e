"use server";

import { defineAction } from "@/lib/actions/define-action";
import { settingFields, settingIdInput, settingUpdateInput } from "@/lib/customer-settings/inputs";
import { createTag, deleteTag, updateTag } from "@/lib/customer-settings/tag-mutations";

// Deleting takes the tag off customers, so their list refreshes too.
const revalidate = ["/settings/tags", "/customers"];

export const createTagAction = defineAction(settingFields("タグ"), createTag, { revalidate });
export const updateTagAction = defineAction(settingUpdateInput("タグ"), updateTag, { revalidate });
export const deleteTagAction = defineAction(settingIdInput, deleteTag, { revalidate });
