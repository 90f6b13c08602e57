import { NextResponse, type NextRequest } from "next/server";
import { getActor, isCoordinator } from "@/lib/auth/session";
import { agreementFileName, contentDisposition } from "@/lib/domain/agreement-file-name";
import { getAgreementDocument } from "@/lib/server/agreements/queries";
import { idParam } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** A stored agreement PDF: coordinators see all; a partner only their own (never drafts). */
export async function GET(req: NextRequest, { params }: { params: Promise<{ docId: string }> }) {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: "UNAUTHENTICATED" }, { status: 401 });
  if (!isCoordinator(actor) && !actor.partnerId) return NextResponse.json({ error: "FORBIDDEN" }, { status: 403 });
  const { docId } = await params;
  const id = idParam(docId);
  const doc = id ? await getAgreementDocument(id, isCoordinator(actor) ? {} : { partnerId: actor.partnerId! }) : null;
  if (!doc) return NextResponse.json({ error: "NOT_FOUND" }, { status: 404 });
  const etag = `"${doc.sha256}"`;
  if (req.headers.get("if-none-match") === etag) return new NextResponse(null, { status: 304, headers: { ETag: etag } });
  const name = agreementFileName(doc.kind, doc.partnerName ?? doc.agreement.partner.name, doc.createdAt);
  const disposition = req.nextUrl.searchParams.get("download") ? "attachment" : "inline";
  return new NextResponse(new Uint8Array(doc.file.bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": contentDisposition(disposition, name),
      ETag: etag,
      "X-Document-SHA256": doc.sha256,
      "Cache-Control": "private, no-cache",
    },
  });
}
