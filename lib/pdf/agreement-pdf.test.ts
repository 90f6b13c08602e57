import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderAccessionFormPdf } from "./accession-form-pdf";
import { renderAgreementPdf, type TAgreementPdfData } from "./agreement-pdf";
import { appendCertificate } from "./certificate";
import { isPdf, sha256 } from "./hash";

function pdfText(bytes: Uint8Array): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pdf-")), "doc.pdf");
  fs.writeFileSync(file, bytes);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

const data: TAgreementPdfData = {
  agreementId: "agr_123",
  date: new Date("2026-11-25T10:00:00Z"),
  partner: { name: "Bürgerhaus Größenwahn & Söhne e. V.", street: "Müllerstraße 1", postalCode: "13353", city: "Berlin", fieldsOfWork: ["Kurse", "Beratung"], circle: "Kernkreis" },
  primaryContact: { name: "Jürgen Weiß", function: "Vorstand", email: "jw@example.org", phone: null },
  values: { version: 3, text: "Vertrauen und Verlässlichkeit\nMut und Kreativität" },
  body: "Wir arbeiten zusammen.\nFür Grundbildung im Bezirk.",
};

describe("agreement PDF", () => {
  it("shows the partner, the values version and umlauts as text", async () => {
    const bytes = await renderAgreementPdf(data);
    expect(isPdf(bytes)).toBe(true);
    const text = pdfText(bytes);
    expect(text).toContain("Kooperationsvereinbarung");
    expect(text).toContain("Bürgerhaus Größenwahn & Söhne e. V.");
    expect(text).toContain("Werte der Zusammenarbeit (Fassung 3)");
    expect(text).toContain("Mut und Kreativität");
    expect(text).toContain("Jürgen Weiß");
    expect(text).toMatch(/Seite 1 von 1/);
  });

  it("hashes are stable for identical bytes and differ after a one-byte change", async () => {
    const bytes = await renderAgreementPdf(data);
    expect(sha256(bytes)).toBe(sha256(Buffer.from(bytes)));
    const tampered = Buffer.from(bytes);
    tampered[tampered.length - 10] ^= 1;
    expect(sha256(tampered)).not.toBe(sha256(bytes));
  });

  it("the certificate page keeps the original pages and lists signatures and the document hash", async () => {
    const original = await renderAgreementPdf(data);
    const signed = await appendCertificate(original, {
      agreementId: "agr_123",
      partnerName: data.partner.name,
      valuesVersion: 3,
      documentSha256: sha256(original),
      signatures: [{ role: "partner", name: "Jürgen Weiß", function: "Vorstand", signedAt: new Date(), ip: "127.0.0.1", userAgent: "Test", email: "jw@example.org" }],
    });
    const text = pdfText(signed);
    expect(text).toContain("Signaturzertifikat");
    expect(text).toContain(sha256(original));
    expect(text).toContain("Jürgen Weiß");
    expect(text).toContain("Gegenzeichnung der Koordination steht noch aus");
    expect(text).toContain("Bürgerhaus Größenwahn"); // page 1 is still there
  });

  it("renders the accession form blank and pre-filled", async () => {
    expect(pdfText(await renderAccessionFormPdf())).toContain("Beitrittsformular");
    expect(pdfText(await renderAccessionFormPdf({ organisation: "Café Lesezeichen" }))).toContain("Café Lesezeichen");
  });
});

describe("every name prints (embedded DejaVu Sans)", () => {
  const NAMES = ["Ayşe Yıldız", "Łukasz Żółć", "Nguyễn Thị Minh", "Ромашка e. V.", "Γιώργος Παπαδόπουλος"];

  it("the agreement, the accession form and the certificate show each name exactly", async () => {
    const original = await renderAgreementPdf({
      ...data,
      partner: { ...data.partner, name: "Ромашка e. V." },
      primaryContact: { name: "Nguyễn Thị Minh", function: "Łukasz Żółć", email: null, phone: null },
    });
    const agreementText = pdfText(original);
    for (const name of ["Ромашка e. V.", "Nguyễn Thị Minh", "Łukasz Żółć"]) expect(agreementText).toContain(name);
    const signed = await appendCertificate(original, {
      agreementId: "agr_123",
      partnerName: "Ромашка e. V.",
      valuesVersion: 3,
      documentSha256: sha256(original),
      signatures: NAMES.slice(0, 2).map((name, i) => ({ role: i ? "coordination" : "partner", name, function: NAMES[4], signedAt: new Date(), ip: "127.0.0.1", userAgent: "Test", email: "a@example.org" })),
    });
    const certificate = pdfText(signed);
    for (const name of [...NAMES.slice(0, 2), "Ромашка e. V.", NAMES[4]]) expect(certificate).toContain(name);
    expect(certificate).toContain("endgültige Fassung");
    for (const name of NAMES) expect(pdfText(await renderAccessionFormPdf({ organisation: name }))).toContain(name);
  });

  it("says the signatures are on the certificate, on every page", async () => {
    const text = pdfText(await renderAgreementPdf(data));
    expect(text).toMatch(/Seite 1 von 1 – Unterschriften: siehe Signaturzertifikat/);
    expect(text.replace(/\s+/g, " ")).toContain("Eine Unterschrift mit Tinte ist nicht nötig.");
  });

  it("leaves no separator at a line end, and keeps the footer on one line with the agreement number, for long names", async () => {
    const long = "Lernwerkstatt Yıldız für Grundbildung und Alphabetisierung in Berlin-Mitte und Moabit e. V.";
    const bytes = await renderAgreementPdf({
      ...data, agreementId: "cmwwa4cfz00165k7d465s20kp", partner: { ...data.partner, name: long },
      primaryContact: { name: "Ayşe Yıldız", function: "Geschäftsführung und pädagogische Leitung", email: "ayse-1234abcd@example.org", phone: "030 123456789" },
    });
    const lines = pdfText(bytes).split("\n").map((l) => l.trimEnd());
    expect(lines.filter((l) => /·$/.test(l))).toEqual([]);
    const footer = lines.filter((l) => l.includes("Kooperationsvereinbarung Nr."));
    expect(footer).toHaveLength(1);
    expect(footer[0]).toMatch(/Kooperationsvereinbarung Nr\. cmwwa4cfz00165k7d465s20kp · Lernwerkstatt Yıldız/);
    expect(footer[0]).not.toContain("Seite");
    // Nothing of the footer wraps onto a second line: next comes the page-number stamp.
    const next = lines.slice(lines.indexOf(footer[0]) + 1).find((l) => l.trim());
    expect(next).toMatch(/^\s*Seite 1 von 1/);
    for (const part of ["Ayşe Yıldız", "Geschäftsführung und pädagogische Leitung", "ayse-1234abcd@example.org", "030 123456789"]) expect(lines.join("\n")).toContain(part);
  });

  it("prints the Latin version of a name in a script the PDF cannot draw", async () => {
    const original = await renderAgreementPdf(data);
    const signed = await appendCertificate(original, {
      agreementId: "agr_1", partnerName: "X", valuesVersion: 1, documentSha256: sha256(original),
      signatures: [{ role: "partner", name: "محمد", latinName: "Mohammed Ali", function: "Leitung", signedAt: new Date(), ip: "127.0.0.1", userAgent: "Test", email: "m@example.org" }],
    });
    const text = pdfText(signed);
    expect(text).toContain("Mohammed Ali");
    expect(text).toContain("nicht die endgültig unterzeichnete Fassung");
  });
});
