import { describe, expect, it } from "vitest";
import { germanSortKey } from "@/lib/domain/sort-name";
import { ZActivityInput } from "./activity";
import { ZOptionalEmail, ZOptionalPhone, ZOptionalUrl } from "./common";

const firstMessage = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues[0].message;

describe("edge cases found in review", () => {
  it("an oversized e-mail, phone or URL gets 'too long', not a format message", () => {
    expect(firstMessage(ZOptionalEmail.safeParse("a".repeat(250) + "@x.de"))).toBe("validation.tooLong");
    expect(firstMessage(ZOptionalPhone.safeParse("0".repeat(40)))).toBe("validation.tooLong");
    expect(firstMessage(ZOptionalUrl.safeParse("https://example.org/" + "a".repeat(400)))).toBe("validation.tooLong");
    expect(firstMessage(ZOptionalEmail.safeParse("kein-at-zeichen"))).toBe("validation.email");
    expect(ZOptionalEmail.safeParse("").success).toBe(true);
  });

  it("activity dates must be real ISO date-times", () => {
    const valid = { partnerId: "p1", kind: "NOTE", summary: "x", location: "" };
    expect(ZActivityInput.safeParse({ ...valid, occurredAt: "2026-11-25T10:00:00.000Z" }).success).toBe(true);
    expect(ZActivityInput.safeParse({ ...valid, occurredAt: "2026-11-25T10:00" }).success).toBe(true);
    for (const bad of ["garbage 12", "1", "2026-02-30T10:00", "25.11.2026 10:00"]) {
      expect(ZActivityInput.safeParse({ ...valid, occurredAt: bad }).success, bad).toBe(false);
    }
  });

  it("names in other scripts keep a searchable sort key; punctuation alone has none", () => {
    expect(germanSortKey("Ромашка e. V.")).toBe("ромашка e v");
    expect(germanSortKey("– & –")).toBe("");
  });
});
