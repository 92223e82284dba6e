"use server";

import { defineAction } from "@/lib/actions/define-action";
import { customerOptions } from "@/lib/reports/customer-options";
import { createReportInput, customerOptionsInput, deleteReportInput, updateReportInput } from "@/lib/reports/model/inputs";
import { createReport, deleteReport, updateReport } from "@/lib/reports/mutations";

const revalidate = ["/reports", "/customers", "/organizations"];

export const createReportAction = defineAction(createReportInput, createReport, { revalidate });
export const updateReportAction = defineAction(updateReportInput, updateReport, { revalidate });
export const deleteReportAction = defineAction(deleteReportInput, deleteReport, { revalidate });
export const reportCustomerOptionsAction = defineAction(customerOptionsInput, customerOptions);
