import "server-only";
import { headers } from "next/headers";

/** Client IP and user agent of the current request, as recorded with signatures. */
export async function requestMeta() {
  const h = await headers();
  const ip = h.get("x-forwarded-for")?.split(",")[0].trim() || h.get("x-real-ip") || "unknown";
  return { ip, userAgent: h.get("user-agent") ?? "unknown" };
}
