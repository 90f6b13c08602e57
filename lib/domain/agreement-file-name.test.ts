import { describe, expect, it } from "vitest";
import { agreementFileName, contentDisposition } from "./agreement-file-name";

describe("agreement file names", () => {
  const at = new Date("2026-11-25T23:30:00Z"); // already the 26th in Berlin
  it("name the partner, the date and the kind of copy; only the final copy says 'unterzeichnet'", () => {
    expect(agreementFileName("SIGNED", "Lesewerkstatt Moabit e. V.", at)).toBe("Kooperationsvereinbarung_Lesewerkstatt-Moabit-e-V_2026-11-26_unterzeichnet.pdf");
    expect(agreementFileName("PAPER", "Ромашка e. V.", at)).toBe("Kooperationsvereinbarung_Ромашка-e-V_2026-11-26_unterzeichnet-Papier.pdf");
    expect(agreementFileName("GENERATED", "X", at)).not.toMatch(/_unterzeichnet/);
    expect(agreementFileName("PARTNER_SIGNED", "X", at)).toMatch(/nicht-endgueltig\.pdf$/);
  });
  it("keeps Unicode in filename* and gives an ASCII fallback", () => {
    expect(contentDisposition("attachment", "Kooperationsvereinbarung_Ayşe-Yıldız_2026-11-26_unterzeichnet.pdf")).toBe(
      `attachment; filename="Kooperationsvereinbarung_Ayse-Y_ld_z_2026-11-26_unterzeichnet.pdf"; filename*=UTF-8''Kooperationsvereinbarung_Ay%C5%9Fe-Y%C4%B1ld%C4%B1z_2026-11-26_unterzeichnet.pdf`,
    );
  });
});
