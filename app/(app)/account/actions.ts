"use server";

import { defineAction } from "@/lib/actions/define-action";
import { changeOwnPassword } from "@/lib/users/password-change";
import { changePasswordInput } from "@/lib/users/password-change-input";

export const changePasswordAction = defineAction(changePasswordInput, changeOwnPassword);
