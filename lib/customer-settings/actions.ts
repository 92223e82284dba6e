"use server";

import { defineAction } from "@/lib/actions/define-action";
import { deleteItemInput, moveItemInput, settingFields, settingIdInput, settingUpdateInput } from "@/lib/customer-settings/model/inputs";
import { deleteOrderedItem } from "@/lib/customer-settings/ordered-list-delete";
import { createOrderedItem, moveOrderedItem, updateOrderedItem } from "@/lib/customer-settings/ordered-lists";
import { createTag, deleteTag, updateTag } from "@/lib/customer-settings/tag-mutations";

// Deleting a status or class moves customers and deleting a tag takes it off them, so
// the customer list refreshes too.
const statuses = { revalidate: ["/settings/statuses", "/customers"] };
const classes = { revalidate: ["/settings/classes", "/customers"] };
const tags = { revalidate: ["/settings/tags", "/customers"] };

export const createStatusAction = defineAction(settingFields("ステータス"), (input) => createOrderedItem("status", input), statuses);
export const updateStatusAction = defineAction(settingUpdateInput("ステータス"), (input) => updateOrderedItem("status", input), statuses);
export const moveStatusAction = defineAction(moveItemInput, (input) => moveOrderedItem("status", input), statuses);
export const deleteStatusAction = defineAction(deleteItemInput, (input) => deleteOrderedItem("status", input), statuses);

export const createClassAction = defineAction(settingFields("客区分"), (input) => createOrderedItem("class", input), classes);
export const updateClassAction = defineAction(settingUpdateInput("客区分"), (input) => updateOrderedItem("class", input), classes);
export const moveClassAction = defineAction(moveItemInput, (input) => moveOrderedItem("class", input), classes);
export const deleteClassAction = defineAction(deleteItemInput, (input) => deleteOrderedItem("class", input), classes);

export const createTagAction = defineAction(settingFields("タグ"), createTag, tags);
export const updateTagAction = defineAction(settingUpdateInput("タグ"), updateTag, tags);
export const deleteTagAction = defineAction(settingIdInput, deleteTag, tags);
