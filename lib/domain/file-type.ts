/** The real type of an uploaded image, from its first bytes (never from the name). */
export type TImageType = "image/png" | "image/jpeg" | "image/webp" | "image/svg+xml";

export function sniffImageType(bytes: Uint8Array): TImageType | null {
  const b = bytes;
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 && b[4] === 0x0d && b[5] === 0x0a && b[6] === 0x1a && b[7] === 0x0a) return "image/png";
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "image/jpeg";
  const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
  if (b.length >= 12 && ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "image/webp";
  const head = new TextDecoder("utf-8", { fatal: false }).decode(b.subarray(0, 2048)).replace(/^\uFEFF/, "");
  const withoutProlog = head
    .replace(/^\s*<\?xml[^>]*\?>/, "")
    .replace(/^\s*(<!--[\s\S]*?-->\s*)*/, "")
    .replace(/^\s*<!DOCTYPE[^>]*>/i, "")
    .trimStart();
  if (/^<svg[\s>]/i.test(withoutProlog)) return "image/svg+xml";
  return null;
}

export const MAX_LOGO_BYTES = 2 * 1024 * 1024;
