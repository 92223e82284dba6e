"use server";

import { defineAction } from "@/lib/actions/define-action";
import { changeUserRole, createUser, setTemporaryPassword, setUserDisabled, unlockUserSignIn } from "@/lib/users/mutations";
import { changeRoleInput, newUserInput, setDisabledInput, temporaryPasswordInput, unlockUserInput } from "@/lib/users/schemas";

const revalidate = ["/settings/users"];

export const createUserAction = defineAction(newUserInput, createUser, { revalidate });
export const changeUserRoleAction = defineAction(changeRoleInput, changeUserRole, { revalidate });
export const setUserDisabledAction = defineAction(setDisabledInput, setUserDisabled, { revalidate });
export const setTemporaryPasswordAction = defineAction(temporaryPasswordInput, setTemporaryPassword, { revalidate });
export const unlockUserSignInAction = defineAction(unlockUserInput, unlockUserSignIn, { revalidate });
