"use server";

import { defineAction } from "@/lib/actions/define-action";
import { deleteItemInput, moveItemInput, settingFields, settingUpdateInput } from "@/lib/customer-settings/inputs";
import { deleteOrderedItem } from "@/lib/customer-settings/ordered-list-delete";
import { createOrderedItem, moveOrderedItem, updateOrderedItem } from "@/lib/customer-settings/ordered-lists";

// Deleting moves customers, so their list refreshes too.
const revalidate = ["/settings/statuses", "/customers"];

export const createStatusAction = defineAction(settingFields("ステータス"), (input) => createOrderedItem("status", input), { revalidate });
export const updateStatusAction = defineAction(settingUpdateInput("ステータス"), (input) => updateOrderedItem("status", input), {
  revalidate,
});
export const moveStatusAction = defineAction(moveItemInput, (input) => moveOrderedItem("status", input), { revalidate });
export const deleteStatusAction = defineAction(deleteItemInput, (input) => deleteOrderedItem("status", input), { revalidate });
