import { describe, expect, it } from "vitest";
import { germanSortKey } from "./sort-name";

const sortByKey = (names: string[]) => [...names].sort((a, b) => (germanSortKey(a) < germanSortKey(b) ? -1 : germanSortKey(a) > germanSortKey(b) ? 1 : 0));

describe("germanSortKey", () => {
  it("sorts umlauts with their base letter: Ärger before Bauer", () => {
    expect(germanSortKey("Ärger") < germanSortKey("Bauer")).toBe(true);
    // Plain code-unit order gets this wrong; the key fixes it.
    expect(["Bauer", "Ärger"].sort()).toEqual(["Bauer", "Ärger"]);
    expect(sortByKey(["Zentrum", "Bauer", "Ärger", "Öko-Haus", "Übersee", "Apfel", "Otto", "Ute"])).toEqual([
      "Apfel",
      "Ärger",
      "Bauer",
      "Öko-Haus",
      "Otto",
      "Übersee",
      "Ute",
      "Zentrum",
    ]);
  });

  it("maps umlauts to their base letter", () => {
    expect(germanSortKey("Ärger")).toBe("arger");
    expect(germanSortKey("Öl Über")).toBe("ol uber");
  });

  it("writes ß as ss", () => {
    expect(germanSortKey("Straße")).toBe("strasse");
    expect(germanSortKey("Straße")).toBe(germanSortKey("Strasse"));
    expect(germanSortKey("GROẞ")).toBe("gross");
  });

  it("is case-insensitive", () => {
    expect(germanSortKey("VHS Mitte")).toBe(germanSortKey("vhs mitte"));
    expect(germanSortKey("ÄRGER")).toBe(germanSortKey("ärger"));
    expect(sortByKey(["bauer", "Anton", "Cäsar", "ärger"])).toEqual(["Anton", "ärger", "bauer", "Cäsar"]);
  });

  it("drops other accents, folds punctuation to single spaces and trims", () => {
    expect(germanSortKey("Café Crème")).toBe("cafe creme");
    expect(germanSortKey("  Lesen & Schreiben e.V.  ")).toBe("lesen schreiben e v");
    expect(germanSortKey('"Alpha";  =Bündnis')).toBe("alpha bundnis");
    expect(germanSortKey("Haus 12")).toBe("haus 12");
    expect(germanSortKey("")).toBe("");
  });
});
