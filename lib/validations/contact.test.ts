import { describe, expect, it } from "vitest";
import { fieldErrors } from "./field-errors.test-helper";
import { ZContactInput, ZContactUpdate, ZSetPrimaryContact } from "./contact";


const valid = {
  partnerId: "cm-partner",
  name: "Dr. Jörg Weiß",
  function: "Geschäftsführung",
  email: "j.weiss@example.org",
  phone: "030 987654",
  isPrimary: true,
  publicConsent: false,
};

describe("ZContactInput", () => {
  it("accepts a complete contact and one with a name only", () => {
    expect(ZContactInput.parse(valid)).toEqual(valid);
    const minimal = { ...valid, function: "", email: "", phone: "", isPrimary: false };
    expect(ZContactInput.parse(minimal)).toEqual(minimal);
  });

  it("refuses empty and oversized text", () => {
    expect(fieldErrors(ZContactInput, { ...valid, name: " " })).toEqual({ name: "validation.required" });
    expect(fieldErrors(ZContactInput, { ...valid, name: "x".repeat(121) })).toEqual({ name: "validation.tooLong" });
    expect(fieldErrors(ZContactInput, { ...valid, function: "x".repeat(121) })).toEqual({ function: "validation.tooLong" });
    expect(fieldErrors(ZContactInput, { ...valid, partnerId: "" })).toEqual({ partnerId: "validation.required" });
  });

  it("refuses invalid e-mail addresses and phone numbers", () => {
    expect(fieldErrors(ZContactInput, { ...valid, email: "joerg@" })).toEqual({ email: "validation.email" });
    expect(fieldErrors(ZContactInput, { ...valid, email: "jörg weiß@example.org" })).toEqual({ email: "validation.email" });
    expect(fieldErrors(ZContactInput, { ...valid, phone: "0800-FLOWERS" })).toEqual({ phone: "validation.phone" });
    expect(fieldErrors(ZContactInput, { ...valid, phone: "123" })).toEqual({ phone: "validation.phone" });
  });

  it("needs real booleans for the flags", () => {
    // Not asserted: the message (zod's default, mapped to validation.invalid by toFieldErrors in safe-action).
    expect(ZContactInput.safeParse({ ...valid, isPrimary: "true" }).success).toBe(false);
    expect(ZContactInput.safeParse({ ...valid, publicConsent: 1 }).success).toBe(false);
  });
});

describe("ZContactUpdate / ZSetPrimaryContact", () => {
  it("an update needs an id and a valid version", () => {
    expect(ZContactUpdate.parse({ ...valid, id: "c1", version: 4 })).toMatchObject({ id: "c1", version: 4 });
    expect(fieldErrors(ZContactUpdate, { ...valid, id: "c1", version: "4" })).toEqual({ version: "validation.invalid" });
    expect(fieldErrors(ZContactUpdate, { ...valid, id: "c1", version: 0 })).toEqual({ version: "validation.invalid" });
    expect(fieldErrors(ZContactUpdate, { ...valid, id: "", version: 1 })).toEqual({ id: "validation.required" });
  });

  it("setting the primary contact needs both ids", () => {
    expect(ZSetPrimaryContact.parse({ partnerId: "p", contactId: "c" })).toEqual({ partnerId: "p", contactId: "c" });
    expect(fieldErrors(ZSetPrimaryContact, { partnerId: "p", contactId: "" })).toEqual({ contactId: "validation.required" });
  });
});
