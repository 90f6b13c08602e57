// The file name of a stored agreement PDF says which copy it is; only the final
// document (both signatures, or the paper scan) says "unterzeichnet".
type TDocKind = "GENERATED" | "PARTNER_SIGNED" | "SIGNED" | "PAPER";

const SUFFIX: Record<TDocKind, string> = {
  GENERATED: "Original-ohne-Unterschriften",
  PARTNER_SIGNED: "vom-Partner-unterschrieben-nicht-endgueltig",
  SIGNED: "unterzeichnet",
  PAPER: "unterzeichnet-Papier",
};

const day = (d: Date) => d.toLocaleDateString("sv-SE", { timeZone: "Europe/Berlin" }); // YYYY-MM-DD

/** "Kooperationsvereinbarung_Lesewerkstatt-Moabit-e-V_2026-11-25_unterzeichnet.pdf" (Unicode kept). */
export function agreementFileName(kind: TDocKind, partnerName: string, date: Date): string {
  const partner = partnerName.normalize("NFC").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "Partner";
  return `Kooperationsvereinbarung_${partner}_${day(date)}_${SUFFIX[kind]}.pdf`;
}

/** A Content-Disposition value with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(type: "inline" | "attachment", fileName: string): string {
  const ascii = fileName.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ß/g, "ss").replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
