"use server";

import { defineAction } from "@/lib/actions/define-action";
import { bulkUpdateCustomers } from "@/lib/customers/bulk";
import {
  bulkUpdateInput,
  createCustomerInput,
  customerIdInput,
  deleteCustomerInput,
  setImportantInput,
  updateCustomerInput,
} from "@/lib/customers/model/inputs";
import { createCustomer, deleteCustomer, setCustomerImportant, updateCustomer } from "@/lib/customers/mutations";
import { getCustomer } from "@/lib/customers/queries";
import { timelineInput } from "@/lib/timeline/model";
import { timelinePage } from "@/lib/timeline/queries";
import { createSavedView, createSavedViewInput, deleteSavedView, savedViewIdInput } from "@/lib/customers/saved-views";

const revalidate = ["/customers"];

export const createCustomerAction = defineAction(createCustomerInput, createCustomer, { revalidate });
export const updateCustomerAction = defineAction(updateCustomerInput, updateCustomer, { revalidate });
export const setCustomerImportantAction = defineAction(setImportantInput, setCustomerImportant);
export const deleteCustomerAction = defineAction(deleteCustomerInput, deleteCustomer, { revalidate });
export const customerQuickLookAction = defineAction(customerIdInput, async ({ id }) => {
  const [detail, timeline] = await Promise.all([getCustomer(id), timelinePage({ customerId: id })]);
  return { detail, timeline };
});
export const bulkUpdateCustomersAction = defineAction(bulkUpdateInput, bulkUpdateCustomers, { revalidate });
export const createSavedViewAction = defineAction(createSavedViewInput, createSavedView, { revalidate });
export const deleteSavedViewAction = defineAction(savedViewIdInput, deleteSavedView, { revalidate });
export const customerTimelineAction = defineAction(timelineInput, ({ id, cursor }) => timelinePage({ customerId: id }, cursor));
