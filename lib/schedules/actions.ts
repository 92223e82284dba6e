"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createScheduleInput, deleteScheduleInput, setScheduleDoneInput, updateScheduleInput } from "@/lib/schedules/model/inputs";
import { createSchedule, deleteSchedule, setScheduleDone, updateSchedule } from "@/lib/schedules/mutations";

const revalidate = ["/schedules", "/customers", "/organizations"];

export const createScheduleAction = defineAction(createScheduleInput, createSchedule, { revalidate });
export const updateScheduleAction = defineAction(updateScheduleInput, updateSchedule, { revalidate });
export const setScheduleDoneAction = defineAction(setScheduleDoneInput, setScheduleDone, { revalidate });
export const deleteScheduleAction = defineAction(deleteScheduleInput, deleteSchedule, { revalidate });
