import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as german from "@zxcvbn-ts/language-de";
import { AppError } from "@/lib/errors";

// Server side only (domain functions, seed): the dictionaries (common passwords, German
// words and names) are large, so forms check the length and the server the strength.
const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...german.dictionary },
  graphs: common.adjacencyGraphs,
  translations: german.translations,
});

/** zxcvbn score 0–4; 3 means "safely unguessable" (about 10^8 guesses) for an online attack. */
export const MIN_PASSWORD_SCORE = 3;

/** The strength score of `password`; `related` (e-mail, name) counts as known to an attacker. */
export function passwordScore(password: string, related: string[] = []): number {
  const words = related.flatMap((v) => v.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3);
  return zxcvbn.check(password, words).score;
}

/** Refuses weak passwords with a message next to the field (`password`). */
export function assertStrongPassword(password: string, related: string[] = []) {
  if (passwordScore(password, related) < MIN_PASSWORD_SCORE) {
    throw new AppError("VALIDATION", "validation.passwordWeak", { fieldErrors: { password: "validation.passwordWeak" } });
  }
}
