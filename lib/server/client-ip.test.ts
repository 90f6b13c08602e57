import { describe, expect, it } from "vitest";
import { clientIp, PEER_HEADER } from "./client-ip";

const h = (values: Record<string, string>) => ({ get: (name: string) => values[name.toLowerCase()] ?? null });

describe("clientIp", () => {
  it("is the socket address when no proxy is trusted, whatever the client claims", () => {
    const headers = h({ "x-forwarded-for": "1.2.3.4, 203.0.113.9", [PEER_HEADER]: "203.0.113.9" });
    expect(clientIp(headers, 0)).toBe("203.0.113.9");
  });

  it("takes the address one hop left of the socket behind one trusted proxy", () => {
    // client → proxy (10.0.0.2) → us; the client tried to spoof 6.6.6.6
    const headers = h({ "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.2", [PEER_HEADER]: "10.0.0.2" });
    expect(clientIp(headers, 1)).toBe("198.51.100.7");
    expect(clientIp(headers, 2)).toBe("6.6.6.6"); // only if the operator trusts two hops
  });

  it("never goes past the start of the chain", () => {
    const headers = h({ "x-forwarded-for": "10.0.0.2", [PEER_HEADER]: "10.0.0.2" });
    expect(clientIp(headers, 3)).toBe("10.0.0.2");
  });

  it("falls back to the peer when a trusted hop is not an IP address", () => {
    const headers = h({ "x-forwarded-for": "not-an-ip, 10.0.0.2", [PEER_HEADER]: "10.0.0.2" });
    expect(clientIp(headers, 1)).toBe("10.0.0.2");
  });

  it("is unknown without our server in front (no peer header)", () => {
    expect(clientIp(h({ "x-forwarded-for": "1.2.3.4" }), 0)).toBe("unknown");
  });

  it("handles IPv6 peers", () => {
    const headers = h({ "x-forwarded-for": "2001:db8::1", [PEER_HEADER]: "2001:db8::1" });
    expect(clientIp(headers, 0)).toBe("2001:db8::1");
  });
});
