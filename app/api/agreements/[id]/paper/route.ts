import { revalidatePath } from "next/cache";
import { NextResponse, type NextRequest } from "next/server";
import { requireCoordinator } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { MAX_PAPER_BYTES, recordPaperSigned } from "@/lib/server/agreements/transitions";
import { assertSameOrigin, errorResponse, idParam } from "@/lib/server/http";
import { ZPaperSigned } from "@/lib/validations/agreement";

export const dynamic = "force-dynamic";

/** Paper path: multipart with "file" (PDF, ≤ 10 MB), "signedBy", "signedAt", "version". */
export async function POST(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    assertSameOrigin(req.headers, env().NEXTAUTH_URL);
    const actor = await requireCoordinator();
    if (Number(req.headers.get("content-length") ?? 0) > MAX_PAPER_BYTES + 64 * 1024) {
      throw new AppError("VALIDATION", "upload.tooLargePdf", { fieldErrors: { file: "upload.tooLargePdf" } });
    }
    const form = await req.formData().catch(() => null);
    const file = form?.get("file");
    if (!(file instanceof File)) throw new AppError("VALIDATION", "upload.missing", { fieldErrors: { file: "upload.missing" } });
    const parsed = ZPaperSigned.safeParse({ signedBy: form?.get("signedBy") ?? "", signedAt: form?.get("signedAt") ?? "" });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AppError("VALIDATION", issue.message, { fieldErrors: { [String(issue.path[0])]: issue.message } });
    }
    const id = idParam((await params).id);
    if (!id) throw new AppError("NOT_FOUND");
    const result = await recordPaperSigned({
      actor, agreementId: id, version: Number(form?.get("version") ?? 0), bytes: new Uint8Array(await file.arrayBuffer()),
      signedBy: parsed.data.signedBy, signedAt: new Date(parsed.data.signedAt),
    });
    revalidatePath(`/partners/${result.partnerId}`);
    revalidatePath("/agreements");
    revalidatePath("/board");
    return NextResponse.json(result, { status: 201 });
  } catch (err) {
    return errorResponse(err, req.headers.get("x-request-id") ?? undefined);
  }
}
