import "server-only";
import crypto from "node:crypto";
import sharp from "sharp";
import { AppError } from "@/lib/errors";
import { MAX_LOGO_BYTES, sniffImageType } from "@/lib/domain/file-type";
import { sanitizeSvg } from "./sanitize-svg";

export type TProcessedLogo = { bytes: Buffer; contentType: string; size: number; sha256: string };

const fail = (key: string) => new AppError("VALIDATION", key, { fieldErrors: { logo: key } });

/**
 * Checks the real type from the bytes, sanitises SVGs, and re-encodes raster
 * images (bounded size, metadata stripped). Throws VALIDATION with a field message.
 */
export async function processLogo(input: Buffer): Promise<TProcessedLogo> {
  if (input.length === 0) throw fail("upload.empty");
  if (input.length > MAX_LOGO_BYTES) throw fail("upload.tooLarge");
  const type = sniffImageType(input);
  if (!type) throw fail("upload.unsupportedType");
  let bytes: Buffer;
  let contentType: string = type;
  if (type === "image/svg+xml") {
    const clean = sanitizeSvg(input.toString("utf8"));
    if (!clean) throw fail("upload.damaged");
    bytes = Buffer.from(clean, "utf8");
  } else {
    try {
      // sharp drops EXIF/XMP unless asked to keep them; rotate() applies the EXIF orientation first.
      bytes = await sharp(input, { failOn: "truncated" })
        .rotate()
        .resize({ width: 800, height: 800, fit: "inside", withoutEnlargement: true })
        .png({ compressionLevel: 9 })
        .toBuffer();
      contentType = "image/png";
    } catch {
      throw fail("upload.damaged");
    }
  }
  return { bytes, contentType, size: bytes.length, sha256: crypto.createHash("sha256").update(bytes).digest("hex") };
}
