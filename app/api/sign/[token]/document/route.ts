import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "@/lib/db";
import { agreementFileName, contentDisposition } from "@/lib/domain/agreement-file-name";
import { findSigningLink } from "@/lib/server/agreements/signing-links";

export const dynamic = "force-dynamic";

/** The document a personal signing link offers for signing; only while the link is usable. */
export async function GET(req: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  const link = await findSigningLink((await params).token);
  if (!link) return NextResponse.json({ error: "NOT_FOUND" }, { status: 404 });
  const doc = await prisma.agreementDocument.findUniqueOrThrow({ where: { id: link.document.id }, include: { file: true } });
  const name = agreementFileName(doc.kind, doc.partnerName ?? link.agreement.partner.name, doc.createdAt);
  return new NextResponse(new Uint8Array(doc.file.bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": contentDisposition(req.nextUrl.searchParams.get("download") ? "attachment" : "inline", name),
      "X-Document-SHA256": doc.sha256,
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
    },
  });
}
