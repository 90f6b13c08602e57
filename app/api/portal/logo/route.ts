import { NextResponse, type NextRequest } from "next/server";
import { requirePartner } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { MAX_LOGO_BYTES } from "@/lib/domain/file-type";
import { storeLogo } from "@/lib/server/files/files";
import { assertSameOrigin, errorResponse } from "@/lib/server/http";

export const dynamic = "force-dynamic";

/** Upload of a partner's logo (multipart field "logo"). Returns the stored file for the draft. */
export async function POST(req: NextRequest) {
  try {
    assertSameOrigin(req.headers, env().NEXTAUTH_URL);
    const actor = await requirePartner();
    const declared = Number(req.headers.get("content-length") ?? 0);
    if (declared > MAX_LOGO_BYTES + 64 * 1024) throw new AppError("VALIDATION", "upload.tooLarge", { fieldErrors: { logo: "upload.tooLarge" } });
    const form = await req.formData().catch(() => null);
    const file = form?.get("logo");
    if (!(file instanceof File)) throw new AppError("VALIDATION", "upload.missing", { fieldErrors: { logo: "upload.missing" } });
    const stored = await storeLogo({ actor, partnerId: actor.partnerId, input: Buffer.from(await file.arrayBuffer()) });
    return NextResponse.json({ ...stored, url: `/api/files/${stored.id}` }, { status: 201 });
  } catch (err) {
    return errorResponse(err, req.headers.get("x-request-id") ?? undefined);
  }
}
