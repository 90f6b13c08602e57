import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { assertSameOrigin } from "./http";

const h = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null });

describe("assertSameOrigin", () => {
  it("accepts the app's own origin, by Host or by NEXTAUTH_URL", () => {
    expect(() => assertSameOrigin(h({ origin: "http://localhost:3000", host: "localhost:3000" }))).not.toThrow();
    expect(() => assertSameOrigin(h({ origin: "https://crm.example.org", host: "10.0.0.5:3000" }), "https://crm.example.org")).not.toThrow();
  });

  it("refuses another origin, and a cross-site browser request without Origin", () => {
    for (const headers of [
      h({ origin: "https://evil.example", host: "localhost:3000" }),
      h({ origin: "null", host: "localhost:3000" }),
      h({ "sec-fetch-site": "cross-site", host: "localhost:3000" }),
    ]) {
      expect(() => assertSameOrigin(headers, "http://localhost:3000")).toThrow(AppError);
    }
  });

  it("lets non-browser clients through (no Origin, no Sec-Fetch-Site)", () => {
    expect(() => assertSameOrigin(h({ host: "localhost:3000" }))).not.toThrow();
  });
});
