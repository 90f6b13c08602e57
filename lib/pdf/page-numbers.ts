import { PDFDocument, rgb } from "pdf-lib";
import { embedFonts } from "./fonts";

/**
 * Stamps "Seite i von n" bottom right on every page, with an optional suffix
 * (react-pdf's render prop is unreliable on the server).
 */
export async function stampPageNumbers(bytes: Uint8Array, suffix = ""): Promise<Buffer> {
  const pdf = await PDFDocument.load(bytes);
  const font = (await embedFonts(pdf)).regular;
  const pages = pdf.getPages();
  pages.forEach((page, i) => {
    const label = `Seite ${i + 1} von ${pages.length}${suffix}`;
    const width = font.widthOfTextAtSize(label, 8);
    page.drawText(label, { x: page.getWidth() - 60 - width, y: 28, size: 8, font, color: rgb(0.39, 0.45, 0.55) });
  });
  return Buffer.from(await pdf.save());
}
