import { z } from "zod";
import { recordId } from "@/lib/validation/record-id";
export const PASSWORD_MIN_LENGTH = 8;

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

const password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `パスワードは${PASSWORD_MIN_LENGTH}文字以上で入力してください`)
  .max(200, "パスワードは200文字以内で入力してください");

const role = z.enum(ROLES, { message: "権限を選択してください" });

export const newUserInput = z.object({ email, name, password, role });
export type NewUserInput = z.input<typeof newUserInput>;

/** First-run setup: the same fields, typed twice, always an admin. */
export const firstAdminInput = z
  .object({ email, name, password, passwordConfirmation: z.string() })
  .refine((v) => v.password === v.passwordConfirmation, {
    path: ["passwordConfirmation"],
    message: "確認用パスワードが一致しません",
  });
export type FirstAdminInput = z.input<typeof firstAdminInput>;

export const userIdInput = recordId("ユーザーが見つかりません");
export const changeRoleInput = z.object({ userId: userIdInput, role });
export const setDisabledInput = z.object({ userId: userIdInput, disabled: z.boolean() });
