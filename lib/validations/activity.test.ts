import { describe, expect, it } from "vitest";
import { fieldErrors } from "./field-errors.test-helper";
import { ZActivityInput } from "./activity";


const valid = { partnerId: "cm-partner", kind: "MEETING", occurredAt: "2026-03-04T10:00", summary: "Erstgespräch", location: "Bibliothek" };

describe("ZActivityInput", () => {
  it("accepts every activity kind and trims text", () => {
    for (const kind of ["EMAIL", "CALL", "MEETING", "PLENARY", "NOTE"]) expect(ZActivityInput.safeParse({ ...valid, kind }).success).toBe(true);
    expect(ZActivityInput.parse({ ...valid, summary: "  Telefonat  ", location: "" })).toMatchObject({ summary: "Telefonat", location: "" });
  });

  it("refuses unknown kinds", () => {
    expect(fieldErrors(ZActivityInput, { ...valid, kind: "VISIT" })).toEqual({ kind: "validation.invalidOption" });
    expect(fieldErrors(ZActivityInput, { ...valid, kind: "meeting" })).toEqual({ kind: "validation.invalidOption" });
  });

  it("refuses empty, unparseable and far-future dates", () => {
    expect(fieldErrors(ZActivityInput, { ...valid, occurredAt: "" })).toEqual({ occurredAt: "validation.required" });
    expect(fieldErrors(ZActivityInput, { ...valid, occurredAt: undefined })).toEqual({ occurredAt: "validation.required" });
    expect(fieldErrors(ZActivityInput, { ...valid, occurredAt: "gestern" })).toEqual({ occurredAt: "validation.date" });
    expect(fieldErrors(ZActivityInput, { ...valid, occurredAt: "2026-13-45" })).toEqual({ occurredAt: "validation.date" });
    const inTwoYears = new Date(Date.now() + 2 * 366 * 86400_000).toISOString();
    expect(fieldErrors(ZActivityInput, { ...valid, occurredAt: inTwoYears })).toEqual({ occurredAt: "validation.date" });
    const nextMonth = new Date(Date.now() + 30 * 86400_000).toISOString();
    expect(ZActivityInput.safeParse({ ...valid, occurredAt: nextMonth }).success).toBe(true);
  });

  it("refuses empty and oversized text", () => {
    expect(fieldErrors(ZActivityInput, { ...valid, summary: "" })).toEqual({ summary: "validation.required" });
    expect(fieldErrors(ZActivityInput, { ...valid, summary: "x".repeat(2001) })).toEqual({ summary: "validation.tooLong" });
    expect(fieldErrors(ZActivityInput, { ...valid, location: "x".repeat(201) })).toEqual({ location: "validation.tooLong" });
    expect(fieldErrors(ZActivityInput, { ...valid, partnerId: "" })).toEqual({ partnerId: "validation.required" });
  });
});
