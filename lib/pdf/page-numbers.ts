import { PDFDocument, StandardFonts, rgb } from "pdf-lib";

/** Stamps "Seite i von n" bottom right on every page (react-pdf's render prop is unreliable on the server). */
export async function stampPageNumbers(bytes: Uint8Array): Promise<Buffer> {
  const pdf = await PDFDocument.load(bytes);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const pages = pdf.getPages();
  pages.forEach((page, i) => {
    const label = `Seite ${i + 1} von ${pages.length}`;
    const width = font.widthOfTextAtSize(label, 8);
    page.drawText(label, { x: page.getWidth() - 60 - width, y: 28, size: 8, font, color: rgb(0.39, 0.45, 0.55) });
  });
  return Buffer.from(await pdf.save());
}
