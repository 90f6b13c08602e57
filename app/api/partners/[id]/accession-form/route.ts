import { NextResponse, type NextRequest } from "next/server";
import { requireCoordinator } from "@/lib/auth/session";
import { renderAccessionFormPdf } from "@/lib/pdf/accession-form-pdf";
import { fieldNamesOf } from "@/lib/server/fields-of-work/queries";
import { AppError } from "@/lib/errors";
import { errorResponse, idParam } from "@/lib/server/http";
import { getPartnerWithPrimaryContact } from "@/lib/server/partners/get-partner";

export const dynamic = "force-dynamic";

/** The accession form pre-filled for a prospect. */
export async function GET(_req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requireCoordinator();
    const id = idParam((await params).id);
    if (!id) throw new AppError("NOT_FOUND");
    const { partner: p, primaryContact: primary } = await getPartnerWithPrimaryContact(id);
    const bytes = await renderAccessionFormPdf({
      organisation: p.name,
      address: [p.street, [p.postalCode, p.city].filter(Boolean).join(" ")].filter(Boolean).join(", "),
      contactName: primary?.name,
      contactFunction: primary?.function ?? undefined,
      email: primary?.email ?? p.email ?? undefined,
      phone: primary?.phone ?? p.phone ?? undefined,
      fieldsOfWork: fieldNamesOf(p.fieldsOfWork, "de").join(", "),
    });
    return new NextResponse(new Uint8Array(bytes), { headers: { "Content-Type": "application/pdf", "Content-Disposition": 'inline; filename="Beitrittsformular.pdf"' } });
  } catch (err) {
    return errorResponse(err);
  }
}
