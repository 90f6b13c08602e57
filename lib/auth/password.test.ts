import bcrypt from "bcryptjs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DUMMY_HASH, checkPassword, hashPassword, passwordProblem } from "./password";
import { MIN_PASSWORD_SCORE, assertStrongPassword, passwordScore } from "./password-strength";

afterEach(() => vi.restoreAllMocks());

describe("checkPassword (no account enumeration by timing)", () => {
  it("runs one bcrypt compare against a dummy hash for an unknown account", async () => {
    const compare = vi.spyOn(bcrypt, "compare");
    expect(await checkPassword(null, "irgendein-Passwort")).toBe(false);
    expect(compare).toHaveBeenCalledTimes(1);
    expect(compare).toHaveBeenCalledWith("irgendein-Passwort", DUMMY_HASH);
  });

  it("runs the compare for inactive accounts and accounts without a password too, and refuses them", async () => {
    const hash = await hashPassword("Kaktus-Fahrrad-Nebel");
    const compare = vi.spyOn(bcrypt, "compare");
    expect(await checkPassword({ active: false, passwordHash: hash }, "Kaktus-Fahrrad-Nebel")).toBe(false);
    expect(await checkPassword({ active: true, passwordHash: null }, "Kaktus-Fahrrad-Nebel")).toBe(false);
    expect(compare).toHaveBeenCalledTimes(2);
    expect(compare.mock.calls.every(([, h]) => h === DUMMY_HASH)).toBe(true);
  });

  it("accepts the right password of an active account and refuses a wrong one", async () => {
    const hash = await hashPassword("Kaktus-Fahrrad-Nebel");
    expect(await checkPassword({ active: true, passwordHash: hash }, "Kaktus-Fahrrad-Nebel")).toBe(true);
    expect(await checkPassword({ active: true, passwordHash: hash }, "Kaktus-Fahrrad-Nebe")).toBe(false);
  });

  it("uses a real bcrypt hash of the same cost as stored passwords (same work)", () => {
    expect(bcrypt.getRounds(DUMMY_HASH)).toBe(10);
  });
});

describe("password rules", () => {
  it("needs at least 12 characters", () => {
    expect(passwordProblem("Ab1-Ab1-Ab1")).toBe("passwordTooShort");
    expect(passwordProblem("Ab1-Ab1-Ab1-")).toBeNull();
  });

  it.each(["password1234", "aaaaaaaaaaaa", "            ", "Passwort1234", "qwertzuiopü1", "123456789012", "Hallo123Hallo"])(
    "refuses the guessable %j with a helpful message",
    (password) => {
      expect(passwordScore(password)).toBeLessThan(MIN_PASSWORD_SCORE);
      expect(() => assertStrongPassword(password)).toThrow(expect.objectContaining({ code: "VALIDATION", details: { fieldErrors: { password: "validation.passwordWeak" } } }));
    },
  );

  it.each(["Kaktus-Fahrrad-Nebel-Zimt", "Lese-und-Schreib-9f3k2", "Ayşe liest gern Krimis 7"])("accepts the strong %j", (password) => {
    expect(() => assertStrongPassword(password)).not.toThrow();
  });

  it("counts the user's own name and e-mail as known to an attacker", () => {
    const password = "Rosalindfranklinova";
    expect(passwordScore(password)).toBeGreaterThanOrEqual(MIN_PASSWORD_SCORE);
    expect(passwordScore(password, ["rosalind.franklinova@vhs.example", "Rosalind Franklinova"])).toBeLessThan(MIN_PASSWORD_SCORE);
  });
});
