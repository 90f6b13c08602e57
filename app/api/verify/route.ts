import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { sha256 } from "@/lib/pdf/hash";
import { verifyHash } from "@/lib/server/agreements/verify";
import { clientIp } from "@/lib/server/client-ip";
import { errorResponse } from "@/lib/server/http";
import { hitRateLimit } from "@/lib/server/rate-limit";

export const dynamic = "force-dynamic";

/**
 * Public verification: a PDF upload (multipart "file") or { "sha256": "…" }.
 * Answers whether it matches a stored agreement document, and nothing more.
 */
export async function POST(req: NextRequest) {
  try {
    const ip = clientIp(req.headers, env().TRUST_PROXY);
    if ((await hitRateLimit(`verify:${ip}`, 60_000)) > 30) throw new AppError("RATE_LIMITED");
    let hash: string;
    if (req.headers.get("content-type")?.includes("multipart/form-data")) {
      const file = (await req.formData().catch(() => null))?.get("file");
      if (!(file instanceof File) || file.size === 0) throw new AppError("VALIDATION", "upload.missing", { fieldErrors: { file: "upload.missing" } });
      if (file.size > 20 * 1024 * 1024) throw new AppError("VALIDATION", "upload.tooLargePdf", { fieldErrors: { file: "upload.tooLargePdf" } });
      hash = sha256(new Uint8Array(await file.arrayBuffer()));
    } else {
      const body = (await req.json().catch(() => null)) as { sha256?: unknown } | null;
      const value = typeof body?.sha256 === "string" ? body.sha256.trim().toLowerCase() : "";
      if (!/^[0-9a-f]{64}$/.test(value)) throw new AppError("VALIDATION", "verify.invalidHash", { fieldErrors: { sha256: "verify.invalidHash" } });
      hash = value;
    }
    return NextResponse.json({ sha256: hash, ...(await verifyHash(hash)) }, { headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    return errorResponse(err);
  }
}
