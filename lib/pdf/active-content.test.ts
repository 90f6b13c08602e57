import { PDFDocument, PDFName, PDFString } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { findActiveContent } from "./active-content";

async function plain() {
  const pdf = await PDFDocument.create();
  pdf.addPage();
  return pdf;
}

describe("active content in scanned PDFs", () => {
  it("accepts a plain PDF", async () => {
    expect(await findActiveContent(await (await plain()).save())).toEqual([]);
  });
  it("finds JavaScript in an open action, also inside compressed object streams", async () => {
    const pdf = await plain();
    const js = pdf.context.obj({ S: PDFName.of("JavaScript"), JS: PDFString.of("app.alert('x')") });
    pdf.catalog.set(PDFName.of("OpenAction"), pdf.context.register(js));
    for (const useObjectStreams of [false, true]) {
      expect(await findActiveContent(await pdf.save({ useObjectStreams }))).toEqual(expect.arrayContaining(["JavaScript"]));
    }
  });
  it("finds embedded files and launch actions; garbage counts as active", async () => {
    const pdf = await plain();
    pdf.catalog.set(PDFName.of("Names"), pdf.context.obj({ EmbeddedFiles: pdf.context.obj({}) }));
    pdf.catalog.set(PDFName.of("OpenAction"), pdf.context.obj({ S: PDFName.of("Launch") }));
    expect(await findActiveContent(await pdf.save())).toEqual(expect.arrayContaining(["EmbeddedFiles", "Launch"]));
    expect(await findActiveContent(new TextEncoder().encode("%PDF-1.4 not really"))).not.toEqual([]);
  });
});
