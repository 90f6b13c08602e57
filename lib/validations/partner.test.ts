import { describe, expect, it } from "vitest";
import { fieldErrors } from "./field-errors.test-helper";
import { ZArchivePartner, ZPartnerInput, ZPartnerUpdate, ZRestorePartner, parseListQuery } from "./partner";

/** { "field.path": first message } of a refused value; every message must be a catalogue key. */

const valid = {
  kind: "ORGANISATION",
  name: "Lesewerkstatt Mitte e.V.",
  fieldsOfWork: ["COURSES", "DIGITAL"],
  circle: "CORE",
  street: "Torstraße 1",
  postalCode: "10119",
  city: "Berlin",
  website: "https://lesewerkstatt.example.org",
  email: "info@lesewerkstatt.example.org",
  phone: "+49 30 1234567",
  notes: "",
};
const empty = { ...valid, street: "", postalCode: "", city: "", website: "", email: "", phone: "", notes: "", fieldsOfWork: [] };

describe("ZPartnerInput", () => {
  it("accepts a complete partner and one with only the required fields, trimming text", () => {
    expect(ZPartnerInput.parse(valid)).toEqual(valid);
    expect(ZPartnerInput.parse(empty)).toEqual(empty);
    expect(ZPartnerInput.parse({ ...valid, name: "  Ärger & Söhne  " }).name).toBe("Ärger & Söhne");
    expect(ZPartnerInput.parse({ ...valid, kind: "PERSON", circle: "EXTENDED" }).kind).toBe("PERSON");
  });

  it("refuses an empty, blank, missing or oversized name", () => {
    expect(fieldErrors(ZPartnerInput, { ...valid, name: "" })).toEqual({ name: "validation.required" });
    expect(fieldErrors(ZPartnerInput, { ...valid, name: "   " })).toEqual({ name: "validation.required" });
    expect(fieldErrors(ZPartnerInput, { ...valid, name: undefined })).toEqual({ name: "validation.required" });
    expect(fieldErrors(ZPartnerInput, { ...valid, name: "x".repeat(201) })).toEqual({ name: "validation.tooLong" });
    expect(ZPartnerInput.safeParse({ ...valid, name: "x".repeat(200) }).success).toBe(true);
  });

  it("refuses oversized optional text", () => {
    expect(fieldErrors(ZPartnerInput, { ...valid, street: "x".repeat(201) })).toEqual({ street: "validation.tooLong" });
    expect(fieldErrors(ZPartnerInput, { ...valid, city: "x".repeat(101) })).toEqual({ city: "validation.tooLong" });
    expect(fieldErrors(ZPartnerInput, { ...valid, notes: "x".repeat(5001) })).toEqual({ notes: "validation.tooLong" });
    expect(ZPartnerInput.safeParse({ ...valid, notes: "x".repeat(5000) }).success).toBe(true);
  });

  it("refuses invalid e-mail addresses, phone numbers, URLs and postal codes with their own message", () => {
    expect(fieldErrors(ZPartnerInput, { ...valid, email: "info(at)example.org" })).toEqual({ email: "validation.email" });
    expect(fieldErrors(ZPartnerInput, { ...valid, phone: "030-CALL-NOW" })).toEqual({ phone: "validation.phone" });
    expect(fieldErrors(ZPartnerInput, { ...valid, website: "javascript:alert(1)" })).toEqual({ website: "validation.url" });
    expect(fieldErrors(ZPartnerInput, { ...valid, website: "ftp://files.example.org" })).toEqual({ website: "validation.url" });
    expect(fieldErrors(ZPartnerInput, { ...valid, website: "https://intranet" })).toEqual({ website: "validation.url" });
    expect(fieldErrors(ZPartnerInput, { ...valid, postalCode: "1011" })).toEqual({ postalCode: "validation.postalCode" });
    expect(
      fieldErrors(ZPartnerInput, { ...valid, email: "x", phone: "x", website: "x", postalCode: "x" }),
    ).toEqual({ email: "validation.email", phone: "validation.phone", website: "validation.url", postalCode: "validation.postalCode" });
  });

  it("refuses unknown enum values", () => {
    expect(fieldErrors(ZPartnerInput, { ...valid, kind: "COMPANY" })).toEqual({ kind: "validation.invalidOption" });
    expect(fieldErrors(ZPartnerInput, { ...valid, circle: "INNER" })).toEqual({ circle: "validation.invalidOption" });
    // The shape is checked here; whether the id exists (and is active) is checked on the server.
    expect(fieldErrors(ZPartnerInput, { ...valid, fieldsOfWork: ["COURSES", "knitting; drop"] })).toEqual({ "fieldsOfWork.1": "validation.invalidOption" });
    expect(fieldErrors(ZPartnerInput, { ...valid, kind: "organisation" })).toEqual({ kind: "validation.invalidOption" });
  });

  it("refuses more fields of work than exist", () => {
    expect(ZPartnerInput.safeParse({ ...valid, fieldsOfWork: Array(31).fill("COURSES") }).success).toBe(false);
  });
});

describe("ZPartnerUpdate", () => {
  it("needs an id and a positive integer version", () => {
    expect(ZPartnerUpdate.parse({ ...valid, id: "cm-partner", version: 3 })).toMatchObject({ id: "cm-partner", version: 3 });
    expect(fieldErrors(ZPartnerUpdate, { ...valid, id: "", version: 1 })).toEqual({ id: "validation.required" });
    expect(fieldErrors(ZPartnerUpdate, { ...valid, id: "x".repeat(65), version: 1 })).toEqual({ id: "validation.invalid" });
    for (const version of [undefined, null, "3", 0, -2, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(fieldErrors(ZPartnerUpdate, { ...valid, id: "cm-partner", version })).toEqual({ version: "validation.invalid" });
    }
  });

  it("validates the partner fields too", () => {
    expect(fieldErrors(ZPartnerUpdate, { ...valid, id: "cm-partner", version: 1, name: "", email: "nope" })).toEqual({
      name: "validation.required",
      email: "validation.email",
    });
  });
});

describe("ZArchivePartner / ZRestorePartner", () => {
  it("archiving needs a reason of at least 3 characters after trimming, at most 500", () => {
    expect(ZArchivePartner.parse({ id: "p", version: 2, reason: "  Fusion  " })).toEqual({ id: "p", version: 2, reason: "Fusion" });
    expect(fieldErrors(ZArchivePartner, { id: "p", version: 2, reason: "" })).toEqual({ reason: "validation.required" });
    expect(fieldErrors(ZArchivePartner, { id: "p", version: 2, reason: "  ab  " })).toEqual({ reason: "validation.tooShort" });
    expect(fieldErrors(ZArchivePartner, { id: "p", version: 2, reason: "x".repeat(501) })).toEqual({ reason: "validation.tooLong" });
    expect(fieldErrors(ZArchivePartner, { id: "p", version: "2", reason: "Fusion" })).toEqual({ version: "validation.invalid" });
    expect(fieldErrors(ZArchivePartner, { id: "", version: 2, reason: "Fusion" })).toEqual({ id: "validation.required" });
  });

  it("restoring takes an optional reason", () => {
    expect(ZRestorePartner.parse({ id: "p", version: 3, reason: "" })).toEqual({ id: "p", version: 3, reason: "" });
    expect(fieldErrors(ZRestorePartner, { id: "p", version: 3, reason: "x".repeat(501) })).toEqual({ reason: "validation.tooLong" });
    expect(fieldErrors(ZRestorePartner, { id: "p", version: 0, reason: "" })).toEqual({ version: "validation.invalid" });
  });
});

describe("parseListQuery", () => {
  const defaults = { q: "", archived: "active", sort: "name", dir: "asc", page: 1, pageSize: 25 };

  it("gives the defaults for no parameters", () => {
    expect(parseListQuery({})).toEqual({ ...defaults, stage: undefined, circle: undefined, field: undefined });
  });

  it("keeps valid parameters", () => {
    expect(
      parseListQuery({ q: " Lesen ", stage: "MET", circle: "CORE", field: "DIGITAL", archived: "all", sort: "city", dir: "desc", page: "3", pageSize: "50" }),
    ).toEqual({ q: "Lesen", stage: "MET", circle: "CORE", field: "DIGITAL", archived: "all", sort: "city", dir: "desc", page: 3, pageSize: 50 });
  });

  it("falls back to the default for each garbage value, without throwing", () => {
    const garbage = {
      q: "x".repeat(101),
      stage: "DONE",
      circle: "core",
      field: "<script>",
      archived: "yes",
      sort: "password",
      dir: "sideways",
      page: "-4",
      pageSize: "33",
    };
    expect(parseListQuery(garbage)).toEqual({ ...defaults, stage: undefined, circle: undefined, field: undefined });
    expect(parseListQuery({ page: "abc", pageSize: "1e9" })).toMatchObject({ page: 1, pageSize: 25 });
    expect(parseListQuery({ page: "2.5" })).toMatchObject({ page: 1 });
    expect(parseListQuery({ page: "100001" })).toMatchObject({ page: 1 });
  });

  it("takes the first of repeated parameters", () => {
    expect(parseListQuery({ stage: ["PUBLISHED", "MET"], q: ["eins", "zwei"] })).toMatchObject({ stage: "PUBLISHED", q: "eins" });
  });
});
