import { passwordProblem } from "./password-policy";

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
