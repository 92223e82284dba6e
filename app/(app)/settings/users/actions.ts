"use server";

import { defineAction } from "@/lib/actions/define-action";
import { changeUserRole, createUser, setUserDisabled } from "@/lib/users/mutations";
import { changeRoleInput, newUserInput, setDisabledInput } from "@/lib/users/schemas";

const revalidate = ["/settings/users"];

export const createUserAction = defineAction(newUserInput, createUser, { revalidate });
export const changeUserRoleAction = defineAction(changeRoleInput, changeUserRole, { revalidate });
export const setUserDisabledAction = defineAction(setDisabledInput, setUserDisabled, { revalidate });
