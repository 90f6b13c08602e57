import { describe, expect, it } from "vitest";
import { FIELD_OF_WORK_ID, fieldIdFromLabel } from "./fields-of-work";

describe("fieldIdFromLabel", () => {
  it("folds German labels into a valid, stable id", () => {
    expect(fieldIdFromLabel("Lesen & Schreiben")).toBe("LESEN_SCHREIBEN");
    expect(fieldIdFromLabel("Übergänge in Arbeit")).toBe("UEBERGAENGE_IN_ARBEIT");
    expect(fieldIdFromLabel("Große Straße")).toBe("GROSSE_STRASSE");
    expect(fieldIdFromLabel("  3. Alphabetisierung ")).toBe("ALPHABETISIERUNG");
    for (const label of ["Lesen & Schreiben", "Übergänge in Arbeit", "Ça va"]) expect(fieldIdFromLabel(label)).toMatch(FIELD_OF_WORK_ID);
  });
  it("gives nothing usable for labels without Latin letters (the form then asks for an id)", () => {
    expect(fieldIdFromLabel("Ромашка")).not.toMatch(FIELD_OF_WORK_ID);
  });
});
