import { describe, expect, it } from "vitest";
import { z } from "zod";
import { de } from "@/messages/de";
import { createTranslator } from "@/lib/i18n/translate";
import { ZId, ZOptionalEmail, ZOptionalPhone, ZOptionalPostalCode, ZOptionalUrl, ZVersion, emptyToNull, optionalText, requiredText } from "./common";

const t = createTranslator(de);

/** The messages of a refused value; each must be a key of the German catalogue. */
function refusal(schema: z.ZodType, value: unknown): string[] {
  const r = schema.safeParse(value);
  expect(r.success, `expected ${JSON.stringify(value)} to be refused`).toBe(false);
  const messages = r.error!.issues.map((i) => i.message);
  for (const m of messages) expect(t(m), `"${m}" is not a catalogue key`).not.toBe(m);
  return messages;
}
const accepts = (schema: z.ZodType, value: unknown) => expect(schema.safeParse(value).success, JSON.stringify(value)).toBe(true);

describe("shared field schemas", () => {
  it("e-mail: empty or a valid address, trimmed", () => {
    accepts(ZOptionalEmail, "");
    accepts(ZOptionalEmail, "info@lesen-mitte.de");
    expect(ZOptionalEmail.parse("  info@lesen-mitte.de ")).toBe("info@lesen-mitte.de");
    for (const bad of ["nope", "a@", "@b.de", "a b@c.de", "a@b@c.de", "info@lesen mitte.de"]) expect(refusal(ZOptionalEmail, bad)).toEqual(["validation.email"]);
  });

  it("e-mail: longer than 254 characters is refused", () => {
    // The message is not asserted here: see the report (it is zod's "Invalid input", not validation.tooLong).
    expect(ZOptionalEmail.safeParse(`${"a".repeat(250)}@x.de`).success).toBe(false);
  });

  it("phone: digits with + ( ) / - and spaces, 6 to 30 characters", () => {
    for (const ok of ["", "+49 30 1234567", "030/123 45-67", "+49 (0)30 123456", "0301234"]) accepts(ZOptionalPhone, ok);
    for (const bad of ["abc", "030 123 45 67 ext", "12", "+49 30 12345-", "++49 30 123456", "030.123456"]) {
      expect(refusal(ZOptionalPhone, bad)).toEqual(["validation.phone"]);
    }
    expect(refusal(ZOptionalPhone, `+49 ${"1".repeat(30)}`)[0]).toBe("validation.tooLong");
  });

  it("URL: only http(s) with a dotted host name", () => {
    for (const ok of ["", "https://lesen-mitte.de", "http://www.example.org/pfad?x=1", " https://example.org "]) accepts(ZOptionalUrl, ok);
    for (const bad of [
      "javascript:alert(1)",
      "JavaScript:alert(document.cookie)",
      "data:text/html,<script>alert(1)</script>",
      "ftp://example.org/file",
      "mailto:info@example.org",
      "https://localhost",
      "http://intranet/",
      "example.org",
      "www.example.org",
      "not a url",
    ]) {
      expect(refusal(ZOptionalUrl, bad)).toEqual(["validation.url"]);
    }
    expect(refusal(ZOptionalUrl, `https://${"x".repeat(300)}.de`)[0]).toBe("validation.tooLong");
  });

  it("postal code: empty or exactly five digits", () => {
    for (const ok of ["", "10115", " 10115 "]) accepts(ZOptionalPostalCode, ok);
    for (const bad of ["1011", "101155", "1011a", "D-10115", "10 115"]) expect(refusal(ZOptionalPostalCode, bad)).toEqual(["validation.postalCode"]);
  });

  it("required and optional text: trimmed, bounded", () => {
    expect(requiredText(5).parse("  abc  ")).toBe("abc");
    expect(refusal(requiredText(5), "")).toEqual(["validation.required"]);
    expect(refusal(requiredText(5), "   ")).toEqual(["validation.required"]);
    expect(refusal(requiredText(5), undefined)).toEqual(["validation.required"]);
    expect(refusal(requiredText(5), 42)).toEqual(["validation.required"]);
    expect(refusal(requiredText(5), "abcdef")).toEqual(["validation.tooLong"]);
    accepts(requiredText(5), "abcde");
    accepts(optionalText(5), "");
    expect(refusal(optionalText(5), "abcdef")).toEqual(["validation.tooLong"]);
    expect(refusal(optionalText(5), null)).toEqual(["validation.invalid"]);
  });

  it("ids and versions", () => {
    accepts(ZId, "cm1abc");
    expect(refusal(ZId, "")).toEqual(["validation.required"]);
    expect(refusal(ZId, "x".repeat(65))).toEqual(["validation.invalid"]);
    accepts(ZVersion, 1);
    for (const bad of [0, -1, 1.5, "1", null, undefined, Number.NaN]) expect(refusal(ZVersion, bad)).toEqual(["validation.invalid"]);
  });

  it("emptyToNull", () => {
    expect(emptyToNull("")).toBeNull();
    expect(emptyToNull("   ")).toBeNull();
    expect(emptyToNull(undefined)).toBeNull();
    expect(emptyToNull(null)).toBeNull();
    expect(emptyToNull("  x ")).toBe("x");
  });
});

describe("hostile values", () => {
  it("refuses NUL and other control characters in text, with a message", () => {
    for (const schema of [requiredText(100), optionalText(100), ZOptionalEmail]) {
      const r = schema.safeParse("a\u0000b");
      expect(r.success).toBe(false);
      expect(r.error?.issues[0].message).toBe("validation.controlCharacters");
    }
    expect(requiredText(100).safeParse("Zeile 1\nZeile 2\tmit Tab").success).toBe(true);
  });

  it("refuses ids with characters a cuid never has, and versions beyond a PostgreSQL integer", () => {
    expect(ZId.safeParse("abc\u0000").success).toBe(false);
    expect(ZId.safeParse("../etc").success).toBe(false);
    expect(ZId.safeParse("cmabc123_X-y").success).toBe(true);
    expect(ZVersion.safeParse(2 ** 31).success).toBe(false);
    expect(ZVersion.safeParse(2 ** 31 - 1).success).toBe(true);
  });
});
