import { z } from "zod";
import { recordId } from "@/lib/shared/validation/record-id";

/**
 * What a new password must be. Length is what resists guessing (no rules about symbols,
 * which lead to "Password1!"); the rest refuses what an attacker tries first. The same
 * check runs in the browser form and again on the server.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

// Tried first by every guessing tool; compared without digits and symbols ("Password2024!").
const COMMON = new Set([
  "password",
  "passwd",
  "qwerty",
  "qwertyuiop",
  "asdfghjkl",
  "letmein",
  "welcome",
  "iloveyou",
  "admin",
  "administrator",
  "abc",
  "abcd",
  "login",
  "changeme",
  "secret",
  "monkey",
  "dragon",
  "sunshine",
  "trustno",
  "pass",
]);

// Rows of digits, letters and the keyboard: a password that is a run of one of them (or of
// it backwards) is tried early.
const RUNS = ["01234567890", "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p"];

function isRun(s: string): boolean {
  return RUNS.some((run) => run.includes(s) || [...run].reverse().join("").includes(s));
}

/** The problem with a new password in Japanese, or null when it may be used. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `パスワードは${PASSWORD_MIN_LENGTH}文字以上で入力してください`;
  if (password.length > PASSWORD_MAX_LENGTH) return `パスワードは${PASSWORD_MAX_LENGTH}文字以内で入力してください`;
  const plain = password.normalize("NFKC").toLowerCase();
  if (new Set(plain).size < 4 || isRun(plain)) return "同じ文字の繰り返しや「1234567890」のような並びは使えません";
  if (COMMON.has(plain.replace(/[^a-z]/g, ""))) return "よく使われるパスワードは推測されやすいため使えません";
  return null;
}

/** The user's e-mail (or its part before @) inside the password: the first thing tried. */
export function containsEmail(password: string, email: string | null | undefined): boolean {
  const address = (email ?? "").trim().toLowerCase();
  if (!address) return false;
  const plain = password.normalize("NFKC").toLowerCase();
  const local = address.split("@")[0] ?? "";
  return plain.includes(address) || (local.length >= 4 && plain.includes(local));
}

export const EMAIL_IN_PASSWORD = "メールアドレスを含むパスワードは使えません";

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

/** A new password: the password policy above, the e-mail part where the e-mail is known. */
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

// No 0/O, 1/l/I: a temporary password is read out or written down once.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** A temporary password such as "k7qm-x2dr-9tha": 14 characters, easy to pass on. */
export function generateTemporaryPassword(): string {
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint8Array(12));
    const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join("");
    const candidate = `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
    if (passwordProblem(candidate) === null) return candidate;
  }
}
