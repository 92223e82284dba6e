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
