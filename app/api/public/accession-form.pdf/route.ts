import { NextResponse } from "next/server";
import { renderAccessionFormPdf } from "@/lib/pdf/accession-form-pdf";

export const revalidate = 3600;

/** The blank accession form, linked from the public join page. */
export async function GET() {
  const bytes = await renderAccessionFormPdf();
  return new NextResponse(new Uint8Array(bytes), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": 'inline; filename="Beitrittsformular.pdf"', "Cache-Control": "public, max-age=3600" },
  });
}
