import { z } from "zod";
import { containsEmail, EMAIL_IN_PASSWORD, passwordProblem } from "./password-policy";
import { recordId } from "@/lib/validation/record-id";

export const ROLES = ["admin", "member"] as const;
export const ROLE_LABELS: Record<(typeof ROLES)[number], string> = { admin: "管理者", member: "メンバー" };

const email = z
  .string()
  .trim()
  .min(1, "メールアドレスを入力してください")
  .max(254, "メールアドレスが長すぎます")
  .pipe(z.email("メールアドレスの形式が正しくありません"))
  .transform((v) => v.toLowerCase());

const name = z.string().trim().min(1, "氏名を入力してください").max(100, "氏名は100文字以内で入力してください");

/** A new password: the policy of password-policy.ts, the e-mail part where the e-mail is known. */
export const newPassword = z.string().superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

const role = z.enum(ROLES, { message: "権限を選択してください" });

/** Refuses, at `path`, a password that contains the user's e-mail. */
export function refuseEmailInPassword(path: string, value: string, userEmail: string | null | undefined, ctx: z.RefinementCtx) {
  if (containsEmail(value, userEmail)) ctx.addIssue({ code: "custom", path: [path], message: EMAIL_IN_PASSWORD });
}

export const newUserInput = z
  .object({ email, name, password: newPassword, role, mustChangePassword: z.boolean().default(true) })
  .superRefine((v, ctx) => refuseEmailInPassword("password", v.password, v.email, ctx));
export type NewUserInput = z.input<typeof newUserInput>;

/** First-run setup: the same fields, typed twice, always an admin. */
export const firstAdminInput = z
  .object({ email, name, password: newPassword, passwordConfirmation: z.string() })
  .superRefine((v, ctx) => refuseEmailInPassword("password", v.password, v.email, ctx))
  .refine((v) => v.password === v.passwordConfirmation, {
    path: ["passwordConfirmation"],
    message: "確認用パスワードが一致しません",
  });
export type FirstAdminInput = z.input<typeof firstAdminInput>;

export const userIdInput = recordId("ユーザーが見つかりません");
export const changeRoleInput = z.object({ userId: userIdInput, role });
export const setDisabledInput = z.object({ userId: userIdInput, disabled: z.boolean() });
export const unlockUserInput = z.object({ userId: userIdInput });
/** The target's e-mail is checked by the mutation (the server knows it; the form is given it). */
export const temporaryPasswordInput = z.object({ userId: userIdInput, password: newPassword });
export type TemporaryPasswordInput = z.input<typeof temporaryPasswordInput>;
