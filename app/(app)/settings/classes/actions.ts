"use server";

import { defineAction } from "@/lib/actions/define-action";
import { deleteItemInput, moveItemInput, settingFields, settingUpdateInput } from "@/lib/customer-settings/inputs";
import { deleteOrderedItem } from "@/lib/customer-settings/ordered-list-delete";
import { createOrderedItem, moveOrderedItem, updateOrderedItem } from "@/lib/customer-settings/ordered-lists";

// Deleting moves customers, so their list refreshes too.
const revalidate = ["/settings/classes", "/customers"];

export const createClassAction = defineAction(settingFields("客区分"), (input) => createOrderedItem("class", input), { revalidate });
export const updateClassAction = defineAction(settingUpdateInput("客区分"), (input) => updateOrderedItem("class", input), { revalidate });
export const moveClassAction = defineAction(moveItemInput, (input) => moveOrderedItem("class", input), { revalidate });
export const deleteClassAction = defineAction(deleteItemInput, (input) => deleteOrderedItem("class", input), { revalidate });
