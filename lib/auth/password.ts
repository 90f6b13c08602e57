import bcrypt from "bcryptjs";

export const MIN_PASSWORD_LENGTH = 12;

/** Length only; the strength check (zxcvbn, with the German dictionary) runs on the server: password-strength.ts. */
export function passwordProblem(password: string): "passwordTooShort" | null {
  return password.length < MIN_PASSWORD_LENGTH ? "passwordTooShort" : null;
}

export const hashPassword = (password: string) => bcrypt.hash(password, 10);
export const verifyPassword = (password: string, hash: string) => bcrypt.compare(password, hash);

/**
 * A bcrypt hash (cost 10, like hashPassword) of a random secret nobody knows. Unknown
 * and inactive accounts are compared against it, so they take as long to refuse as
 * a wrong password (no account enumeration by timing).
 */
export const DUMMY_HASH = "$2b$10$SbUsqp4Y/G7ZhvYQamnsRuiz4otgpVsTtJkTtr7fOqlz9XfDZfjAi";

/** True only for an active account with a password that matches; always runs one bcrypt compare. */
export async function checkPassword(user: { active: boolean; passwordHash: string | null } | null, password: string): Promise<boolean> {
  const usable = Boolean(user?.active && user.passwordHash);
  const ok = await bcrypt.compare(password, usable ? user!.passwordHash! : DUMMY_HASH);
  return usable && ok;
}
