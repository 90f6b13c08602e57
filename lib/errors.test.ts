import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./errors";

describe("isDatabaseUnavailable", () => {
  it.each([
    ["a refused connection", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["a pool connect timeout", new Error("timeout exceeded when trying to connect")],
    ["a connection killed mid-query", new Error("Connection terminated unexpectedly")],
    ["a pooled client whose connection broke", new Error("Client has encountered a connection error and is not queryable")],
    ["an admin shutdown (57P01)", Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" })],
    ["a server in recovery", new Error("the database system is in recovery mode")],
    ["a wrapped driver-adapter error", Object.assign(new Error("Invalid `prisma.partner.create()` invocation"), { cause: { kind: "DatabaseNotReachable" } })],
  ])("is true for %s", (_, err) => {
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  it.each([
    ["a unique violation", Object.assign(new Error("Unique constraint failed"), { code: "P2002" })],
    ["a programming error", new TypeError("Cannot read properties of undefined")],
    ["a statement cancelled by statement_timeout", Object.assign(new Error("canceling statement due to statement timeout"), { code: "57014" })],
    ["nothing", undefined],
  ])("is false for %s", (_, err) => {
    expect(isDatabaseUnavailable(err)).toBe(false);
  });
});
