import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

const ORIGIN = "http://localhost:3000";

describe("safeCallbackUrl", () => {
  it("keeps same-origin paths with query and hash", () => {
    expect(safeCallbackUrl("/portal", ORIGIN)).toBe("/portal");
    expect(safeCallbackUrl("/partners?stage=MET&q=Ay%C5%9Fe#top", ORIGIN)).toBe("/partners?stage=MET&q=Ay%C5%9Fe#top");
    expect(safeCallbackUrl("http://localhost:3000/board", ORIGIN)).toBe("/board");
  });

  it.each([
    ["/\\evil.example", "backslash"],
    ["/\t/evil.example", "tab"],
    ["/\n/evil.example", "newline"],
    ["//evil.example", "protocol-relative"],
    ["\\\\evil.example", "double backslash"],
    ["https://evil.example/board", "absolute"],
    ["http://localhost:3001/board", "other port"],
    ["javascript:alert(1)", "javascript:"],
    ["data:text/html,hi", "data:"],
    ["http://localhost:3000@evil.example/", "userinfo trick"],
  ])("refuses %j (%s)", (value) => {
    const target = safeCallbackUrl(value, ORIGIN);
    expect(target).toBe("/");
    expect(new URL(target, ORIGIN).origin).toBe(ORIGIN);
  });

  it("falls back to / for empty or unparsable values", () => {
    expect(safeCallbackUrl(undefined, ORIGIN)).toBe("/");
    expect(safeCallbackUrl("", ORIGIN)).toBe("/");
    expect(safeCallbackUrl("http://[::1", ORIGIN)).toBe("/");
  });

  it("normalises dot segments without leaving the origin", () => {
    expect(safeCallbackUrl("/portal/../board", ORIGIN)).toBe("/board");
    expect(safeCallbackUrl("/%2F%2Fevil.example", ORIGIN)).toBe("/%2F%2Fevil.example");
  });
});
