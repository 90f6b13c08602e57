import { isIP } from "node:net";

/** The header our own server (scripts/lib/app-server.mjs) sets to the TCP peer's address. */
export const PEER_HEADER = "x-crm-peer-address";

type THeaders = { get(name: string): string | null };

/**
 * The client's IP address. Our server appends the socket address to X-Forwarded-For,
 * so the chain ends with the peer that connected to us; each trusted proxy in front
 * of us appended the address it saw. With `trustProxy` = n, the client is the
 * address n hops left of the end. Addresses further left came from the client and
 * are never trusted. Without our server in front (no peer header) the address is unknown.
 */
export function clientIp(headers: THeaders, trustProxy: number): string {
  const peer = headers.get(PEER_HEADER);
  if (!peer) return "unknown";
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean);
  if (chain.at(-1) !== peer) chain.push(peer);
  const candidate = chain[Math.max(0, chain.length - 1 - trustProxy)];
  return isIP(candidate) ? candidate : peer;
}
