import { PDFDocument, rgb } from "pdf-lib";
import { embedFonts } from "./fonts";

/** `latinName`: the name in Latin letters, given when the original script cannot be drawn (see printable-name.ts). */
export type TSignature = { role: "partner" | "coordination"; name: string; latinName?: string | null; function: string; signedAt: Date; ip: string; userAgent: string; email: string };

export type TCertificate = {
  agreementId: string;
  partnerName: string;
  valuesVersion: number;
  documentSha256: string;
  signatures: TSignature[];
};

const fmt = (d: Date) => d.toLocaleString("de-DE", { timeZone: "Europe/Berlin", dateStyle: "medium", timeStyle: "medium" }) + " (Berlin)";

/**
 * The signed PDF: the original pages unchanged, plus a certificate page listing
 * every signature and the SHA-256 of the exact document that was signed.
 */
export async function appendCertificate(original: Uint8Array, cert: TCertificate): Promise<Buffer> {
  const pdf = await PDFDocument.load(original);
  const { regular: font, bold } = await embedFonts(pdf);
  const page = pdf.addPage([595.28, 841.89]);
  let y = 780;
  const text = (s: string, opts: { size?: number; f?: typeof font; color?: ReturnType<typeof rgb> } = {}) => {
    const size = opts.size ?? 10;
    // Long values (user agents, hashes) wrap at the page width.
    const maxWidth = 475;
    let line = "";
    const flush = () => {
      page.drawText(line, { x: 60, y, size, font: opts.f ?? font, color: opts.color ?? rgb(0.12, 0.16, 0.23) });
      y -= size * 1.5;
      line = "";
    };
    for (const ch of s) {
      if ((opts.f ?? font).widthOfTextAtSize(line + ch, size) > maxWidth) {
        // Break at the last space when there is one, so names stay whole.
        const cut = line.lastIndexOf(" ");
        const rest = cut > 0 ? line.slice(cut + 1) : "";
        if (cut > 0) line = line.slice(0, cut);
        flush();
        line = rest;
      }
      line += ch;
    }
    if (line) flush();
  };
  text("Signaturzertifikat", { size: 18, f: bold });
  y -= 6;
  text(`Kooperationsvereinbarung Nr. ${cert.agreementId}`);
  text(`Partner: ${cert.partnerName}`);
  text(`Werte der Zusammenarbeit: Fassung ${cert.valuesVersion}`);
  text("SHA-256 des unterzeichneten Dokuments:", { f: bold });
  text(cert.documentSha256, { size: 9 });
  y -= 8;
  for (const s of cert.signatures) {
    text(s.role === "partner" ? "Unterschrift des Partners" : "Gegenzeichnung der Koordination", { size: 12, f: bold });
    text(`Name: ${s.latinName || s.name}`);
    if (s.latinName) text("(in lateinischer Schrift angegeben; die Originalschreibweise ist gespeichert)", { size: 8 });
    text(`Funktion: ${s.function}`);
    text(`Konto: ${s.email}`);
    text(`Zeitpunkt: ${fmt(s.signedAt)}`);
    text(`IP-Adresse: ${s.ip}`);
    text(`Browser: ${s.userAgent}`, { size: 8 });
    text("Bestätigt: zur Unterzeichnung für die Organisation berechtigt.", { size: 9 });
    y -= 8;
  }
  if (cert.signatures.length < 2) {
    text("Die Gegenzeichnung der Koordination steht noch aus.", { color: rgb(0.6, 0.3, 0) });
    text("Dies ist nicht die endgültig unterzeichnete Fassung der Vereinbarung.", { color: rgb(0.6, 0.3, 0) });
  } else {
    text("Von beiden Seiten unterzeichnet: Dies ist die endgültige Fassung der Vereinbarung.", { f: bold });
  }
  return Buffer.from(await pdf.save());
}
