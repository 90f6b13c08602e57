import { describe, expect, it } from "vitest";
import { hostileInputProblem } from "./safe-action";

describe("hostileInputProblem", () => {
  it("passes ordinary input, umlauts, emoji and every script", () => {
    expect(hostileInputProblem({ name: "Ayşe Yıldız", note: "Łukasz Żółć · Nguyễn Thị Minh · Ромашка e. V. 😀", tags: ["a", 1, null] })).toBeNull();
  });

  it("refuses NUL and lone surrogates anywhere, in values and in keys", () => {
    expect(hostileInputProblem({ a: { b: ["x\u0000"] } })).toEqual({ path: "a.b.0", message: "validation.controlCharacters" });
    expect(hostileInputProblem({ name: "\uD800" })).toEqual({ path: "name", message: "validation.controlCharacters" });
    expect(hostileInputProblem({ "\u0000": 1 })).toEqual({ path: "_form", message: "validation.controlCharacters" });
    expect(hostileInputProblem("\u0000")).toEqual({ path: "_form", message: "validation.controlCharacters" });
  });

  it("refuses nesting deeper than any form produces", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 2000; i++) deep = [deep];
    expect(hostileInputProblem(deep)?.message).toBe("validation.invalid");
  });
});
