import { describe, expect, it } from "vitest";
import { isOverdue, nextAgreementStatus } from "./agreement-status";

describe("agreement status machine", () => {
  it.each([
    ["DRAFT", "send", "SENT"],
    ["SENT", "partnerSign", "SIGNED_BY_PARTNER"],
    ["SIGNED_BY_PARTNER", "countersign", "ACTIVE"],
    ["SENT", "paperSigned", "ACTIVE"],
    ["DRAFT", "paperSigned", "ACTIVE"],
    ["SENT", "decline", "DECLINED"],
    ["ACTIVE", "revoke", "REVOKED"],
    ["SIGNED_BY_PARTNER", "revoke", "REVOKED"],
    ["ACTIVE", "supersede", "SUPERSEDED"],
  ] as const)("%s --%s--> %s", (from, event, to) => {
    expect(nextAgreementStatus(from, event)).toBe(to);
  });

  it.each([
    ["DRAFT", "partnerSign"],
    ["DRAFT", "countersign"],
    ["SENT", "countersign"],
    ["SENT", "send"],
    ["ACTIVE", "partnerSign"],
    ["ACTIVE", "paperSigned"],
    ["DECLINED", "send"],
    ["REVOKED", "revoke"],
    ["SUPERSEDED", "revoke"],
    ["DRAFT", "supersede"],
    ["SIGNED_BY_PARTNER", "decline"],
  ] as const)("refuses %s --%s-->", (from, event) => {
    expect(nextAgreementStatus(from, event)).toBeNull();
  });

  it("marks agreements waiting for a signature for more than 14 days", () => {
    const now = new Date("2026-11-25");
    expect(isOverdue("SENT", new Date("2026-11-01"), now)).toBe(true);
    expect(isOverdue("SENT", new Date("2026-11-20"), now)).toBe(false);
    expect(isOverdue("ACTIVE", new Date("2026-01-01"), now)).toBe(false);
  });
});
