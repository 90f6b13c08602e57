import fs from "node:fs";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import type { PDFDocument } from "pdf-lib";

// One Unicode font family in every PDF (agreement, accession form, certificate,
// page numbers): DejaVu Sans from the npm package `dejavu-fonts-ttf` (free licence),
// read from disk, never from the internet. It covers Latin with all diacritics
// (Turkish, Polish, Vietnamese …), Greek and Cyrillic. Scripts that need shaping or
// right-to-left layout are not drawn correctly by react-pdf/pdf-lib (see printable-name.ts).
const DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
export const FONT_FILES = { regular: path.join(DIR, "DejaVuSans.ttf"), bold: path.join(DIR, "DejaVuSans-Bold.ttf") } as const;
export const PDF_FONT_FAMILY = "DejaVu Sans";

const cache = new Map<string, Uint8Array>();
export function fontBytes(weight: keyof typeof FONT_FILES): Uint8Array {
  let bytes = cache.get(weight);
  if (!bytes) cache.set(weight, (bytes = new Uint8Array(fs.readFileSync(FONT_FILES[weight]))));
  return bytes;
}

/** Embeds the family into a pdf-lib document (subset: only the glyphs used). */
export async function embedFonts(pdf: PDFDocument) {
  pdf.registerFontkit(fontkit);
  const [regular, bold] = await Promise.all([
    pdf.embedFont(fontBytes("regular"), { subset: true }),
    pdf.embedFont(fontBytes("bold"), { subset: true }),
  ]);
  return { regular, bold };
}

let glyphFont: { hasGlyphForCodePoint(cp: number): boolean } | null = null;
/** True when the font has a glyph for every character of `text` (spaces and marks included). */
export function fontCovers(text: string): boolean {
  glyphFont ??= fontkit.create(Buffer.from(fontBytes("regular"))) as unknown as { hasGlyphForCodePoint(cp: number): boolean };
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20) return false;
    if (!glyphFont.hasGlyphForCodePoint(cp)) return false;
  }
  return true;
}
