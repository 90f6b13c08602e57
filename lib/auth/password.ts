import bcrypt from "bcryptjs";

export const MIN_PASSWORD_LENGTH = 10;

// A small list of the most common passwords (and demo-ish ones) that are refused outright.
const COMMON = new Set([
  "password", "passwort", "123456", "12345678", "123456789", "1234567890", "qwertz", "qwerty",
  "qwertzuiop", "qwertyuiop", "hallo123", "passwort1", "password1", "password123", "passwort123",
  "letmein", "iloveyou", "sommer2026", "winter2026", "berlin2026", "admin12345", "abcdefghij",
  "1111111111", "0000000000", "willkommen", "willkommen1", "geheim1234", "schatz1234",
]);

export function passwordProblem(password: string): "passwordTooShort" | "passwordCommon" | null {
  if (password.length < MIN_PASSWORD_LENGTH) return "passwordTooShort";
  if (COMMON.has(password.toLowerCase())) return "passwordCommon";
  return null;
}

export const hashPassword = (password: string) => bcrypt.hash(password, 10);
export const verifyPassword = (password: string, hash: string) => bcrypt.compare(password, hash);
