import { describe, expect, it } from "vitest";
import { SIGN_IN_THROTTLE, throttleDelayMs } from "./sign-in-throttle";

describe("sign-in slowdown", () => {
  it("lets the free attempts through at once, then doubles the wait up to a minute", () => {
    const free = SIGN_IN_THROTTLE.accountFree;
    expect([0, 1, free - 1].map((n) => throttleDelayMs(n, free))).toEqual([0, 0, 0]);
    expect([free, free + 1, free + 2, free + 3].map((n) => throttleDelayMs(n, free))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(throttleDelayMs(free + 6, free)).toBe(60_000);
    expect(throttleDelayMs(10_000, free)).toBe(60_000); // never a lockout: at most a minute
  });
});
