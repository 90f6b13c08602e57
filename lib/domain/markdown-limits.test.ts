import { describe, expect, it } from "vitest";
import { markdownNestingProblem } from "./markdown-limits";

describe("markdownNestingProblem", () => {
  it("accepts ordinary page texts", () => {
    const text = "# Mitmachen\n\n> Ein Zitat\n>> mit Antwort\n\n- Punkt\n  - Unterpunkt\n    - noch tiefer\n\n**fett** und _kursiv_\n\n---\n";
    expect(markdownNestingProblem(text)).toBeNull();
  });

  it("refuses quotes nested 2,000 levels deep", () => {
    expect(markdownNestingProblem(`${">".repeat(2000)} x`)).toBe("quotes");
    expect(markdownNestingProblem(`${"> ".repeat(9)}x`)).toBe("quotes");
  });

  it("refuses lists nested deeper than about 8 levels", () => {
    const deep = Array.from({ length: 40 }, (_, i) => `${" ".repeat(i * 2)}- x`).join("\n");
    expect(markdownNestingProblem(deep)).toBe("indent");
    expect(markdownNestingProblem(`${"\t".repeat(9)}- x`)).toBe("indent");
  });

  it("refuses long runs of emphasis markers", () => {
    expect(markdownNestingProblem(`${"*".repeat(5000)}x${"*".repeat(5000)}`)).toBe("emphasis");
    expect(markdownNestingProblem("***fett und kursiv***")).toBeNull();
  });
});
