import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { clientIp } from "./client-ip";

/** Client IP and user agent of the current request, as recorded with signatures. */
export async function requestMeta() {
  const h = await headers();
  const ip = clientIp(h, env().TRUST_PROXY);
  return { ip, userAgent: h.get("user-agent") ?? "unknown" };
}
