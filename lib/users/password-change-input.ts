import { z } from "zod";
import { newPassword, refuseEmailInPassword } from "./schemas";

export const changePasswordInput = z
  .object({
    currentPassword: z.string().min(1, "現在のパスワードを入力してください").max(1024, "現在のパスワードが正しくありません"),
    newPassword,
    newPasswordConfirmation: z.string(),
  })
  .refine((v) => v.newPassword === v.newPasswordConfirmation, {
    path: ["newPasswordConfirmation"],
    message: "確認用パスワードが一致しません",
  });
export type ChangePasswordInput = z.input<typeof changePasswordInput>;

/** The form's schema: the same, plus the e-mail rule for the signed-in user's address. */
export const changePasswordForm = (email: string) =>
  changePasswordInput.superRefine((v, ctx) => refuseEmailInPassword("newPassword", v.newPassword, email, ctx));
