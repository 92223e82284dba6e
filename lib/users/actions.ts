"use server";

import { defineAction } from "@/lib/actions/define-action";
import { changeUserRole, createUser, setTemporaryPassword, setUserDisabled, unlockUserSignIn } from "@/lib/users/mutations";
import { changeOwnPassword } from "@/lib/users/password-change";
import {
  changePasswordInput,
  changeRoleInput,
  newUserInput,
  setDisabledInput,
  temporaryPasswordInput,
  unlockUserInput,
} from "@/lib/users/model";

const revalidate = ["/settings/users"];

// 設定 > ユーザー (admins)
export const createUserAction = defineAction(newUserInput, createUser, { revalidate });
export const changeUserRoleAction = defineAction(changeRoleInput, changeUserRole, { revalidate });
export const setUserDisabledAction = defineAction(setDisabledInput, setUserDisabled, { revalidate });
export const setTemporaryPasswordAction = defineAction(temporaryPasswordInput, setTemporaryPassword, { revalidate });
export const unlockUserSignInAction = defineAction(unlockUserInput, unlockUserSignIn, { revalidate });

// アカウント: a user's own password
export const changePasswordAction = defineAction(changePasswordInput, changeOwnPassword);
