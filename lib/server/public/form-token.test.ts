import { describe, expect, it } from "vitest";
import { MAX_FORM_AGE_MS, MIN_FILL_MS, checkFormToken, formTokenNonce, issueFormToken } from "./form-token";

describe("join form token", () => {
  it("carries a fresh nonce each time (the key of its single use)", () => {
    const [a, b] = [issueFormToken(1_800_000_000_000), issueFormToken(1_800_000_000_000)];
    expect(a).not.toBe(b);
    expect(formTokenNonce(a)).toMatch(/^[\w-]{16}$/);
  });

  const t0 = 1_800_000_000_000;

  it("accepts a form that was open for at least the minimum fill time", () => {
    expect(checkFormToken(issueFormToken(t0), t0 + MIN_FILL_MS)).toBe("ok");
    expect(checkFormToken(issueFormToken(t0), t0 + 60_000)).toBe("ok");
  });

  it("refuses a form sent too fast", () => {
    expect(checkFormToken(issueFormToken(t0), t0 + MIN_FILL_MS - 1)).toBe("tooFast");
    expect(checkFormToken(issueFormToken(t0), t0)).toBe("tooFast");
  });

  it("refuses a form older than a day", () => {
    expect(checkFormToken(issueFormToken(t0), t0 + MAX_FORM_AGE_MS + 1)).toBe("expired");
  });

  it("refuses a forged start time, a bad signature and garbage", () => {
    const [, nonce, mac] = issueFormToken(t0).split(".");
    expect(checkFormToken(`${t0 - 60_000}.${nonce}.${mac}`, t0)).toBe("invalid");
    expect(checkFormToken(`${t0}.${nonce}x.${mac}`, t0 + 10_000)).toBe("invalid");
    expect(checkFormToken(`${t0}.${nonce}.AAAA`, t0 + 10_000)).toBe("invalid");
    expect(checkFormToken(`${t0}.${nonce}.${mac}.x`, t0 + 10_000)).toBe("invalid");
    expect(checkFormToken("", t0)).toBe("invalid");
    expect(checkFormToken("abc.def", t0)).toBe("invalid");
  });
});
