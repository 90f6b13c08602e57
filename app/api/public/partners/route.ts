import { type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { loadPublicDirectory } from "@/lib/server/public/directory";
import { buildFeed, matchesEtag } from "@/lib/server/public/feed";

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match",
  "Access-Control-Expose-Headers": "ETag",
  "Access-Control-Max-Age": "86400",
};

export const dynamic = "force-dynamic";

/**
 * The published partner directory as JSON, for the alliance's website and the widget.
 * Anonymous, read-only, read from PostgreSQL on every request (no per-instance cache),
 * so a withdrawn consent is gone at once on every instance; clients revalidate with the ETag.
 */
export async function GET(req: NextRequest) {
  const origin = env().NEXTAUTH_URL?.replace(/\/$/, "") ?? req.nextUrl.origin;
  const { body, etag } = buildFeed(await loadPublicDirectory(), origin);
  const headers = {
    ...CORS,
    ETag: etag,
    // Caches may keep it but must ask again each time (a cheap 304 via the ETag), so unpublishing shows at once.
    "Cache-Control": "public, no-cache",
    "X-Content-Type-Options": "nosniff",
  };
  if (matchesEtag(req.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}

export function OPTIONS() {
  return new Response(null, { status: 204, headers: CORS });
}
