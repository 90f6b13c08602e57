import { NextResponse, type NextRequest } from "next/server";
import { getActor } from "@/lib/auth/session";
import { getReadableFile } from "@/lib/server/files/files";
import { idParam } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const fileId = idParam(id);
  const found = fileId ? await getReadableFile(fileId, await getActor()) : null;
  if (!found) return NextResponse.json({ error: "NOT_FOUND" }, { status: 404, headers: { "Cache-Control": "no-store" } });
  const { file, isPublic } = found;
  const etag = `"${file.sha256}"`;
  const headers = {
    ETag: etag,
    // Revalidated on every use (a cheap 304 via the ETag): a logo whose partner withdrew
    // consent or was unpublished is a 404 at once, also for caches in between.
    "Cache-Control": isPublic ? "public, no-cache" : "private, no-cache",
    "Content-Type": file.contentType,
    "X-Content-Type-Options": "nosniff",
    // An SVG opened directly must not run anything.
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  };
  if (req.headers.get("if-none-match") === etag) return new NextResponse(null, { status: 304, headers });
  return new NextResponse(new Uint8Array(file.bytes), { headers: { ...headers, "Content-Length": String(file.size) } });
}
