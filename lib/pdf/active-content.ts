import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, type PDFObject } from "pdf-lib";

// A scanned agreement must be a plain document: no JavaScript, no launch actions, no
// embedded files, no forms that run scripts. Keys that carry such content:
const ACTIVE = ["JavaScript", "JS", "Launch", "EmbeddedFile", "EmbeddedFiles", "RichMedia", "XFA", "AA", "SubmitForm", "ImportData"];
const RAW = new RegExp(`/(${ACTIVE.join("|")})\\b`);

/**
 * The active content found in a PDF (names of the keys), or [] for a plain one.
 * Looks at every object pdf-lib parses (object streams included) and, as a fallback
 * for files it cannot parse, at the raw bytes. Unparseable files count as active.
 */
export async function findActiveContent(bytes: Uint8Array): Promise<string[]> {
  const found = new Set<string>();
  const raw = Buffer.from(bytes).toString("latin1");
  const m = RAW.exec(raw);
  if (m) found.add(m[1]);
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: false });
  } catch {
    return ["unreadable"];
  }
  let pages = 0;
  try {
    pages = pdf.getPageCount();
  } catch {
    pages = 0;
  }
  if (pages === 0) return ["unreadable"];
  // Walks every object, and the dictionaries and arrays nested in them.
  const seen = new Set<PDFObject>();
  const visit = (obj: PDFObject | undefined) => {
    if (!obj || seen.has(obj)) return;
    seen.add(obj);
    const dict = obj instanceof PDFDict ? obj : obj instanceof PDFRawStream ? obj.dict : null;
    if (dict) {
      for (const [key, value] of dict.entries()) {
        if (ACTIVE.includes(key.decodeText())) found.add(key.decodeText());
        if (key.decodeText() === "S" && value instanceof PDFName && ["JavaScript", "Launch"].includes(value.decodeText())) found.add(value.decodeText());
        visit(value);
      }
    } else if (obj instanceof PDFArray) {
      for (let i = 0; i < obj.size(); i++) visit(obj.get(i));
    }
  };
  for (const [, obj] of pdf.context.enumerateIndirectObjects()) visit(obj);
  return [...found];
}
