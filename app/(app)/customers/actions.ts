"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createCustomerInput, customerIdInput, deleteCustomerInput, setImportantInput, updateCustomerInput } from "@/lib/customers/inputs";
import { createCustomer, deleteCustomer, setCustomerImportant, updateCustomer } from "@/lib/customers/mutations";
import { getCustomer } from "@/lib/customers/queries";

const revalidate = ["/customers"];

export const createCustomerAction = defineAction(createCustomerInput, createCustomer, { revalidate });
export const updateCustomerAction = defineAction(updateCustomerInput, updateCustomer, { revalidate });
export const setCustomerImportantAction = defineAction(setImportantInput, setCustomerImportant);
export const deleteCustomerAction = defineAction(deleteCustomerInput, deleteCustomer, { revalidate });
export const customerQuickLookAction = defineAction(customerIdInput, (input) => getCustomer(input.id));
