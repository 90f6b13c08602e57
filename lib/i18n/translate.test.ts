import { describe, expect, it } from "vitest";
import { de } from "@/messages/de";
import { en } from "@/messages/en";
import { createTranslator } from "./translate";

const leafKeys = (node: object, prefix = ""): string[] =>
  Object.entries(node).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : leafKeys(v, `${prefix}${k}.`)));

describe("translator", () => {
  const t = createTranslator(de);
  it("resolves nested keys and fills placeholders", () => {
    expect(t("stages.MET")).toBe("Kennengelernt");
    expect(t("common.pageOf", { page: 2, pages: 5 })).toBe("Seite 2 von 5");
  });
  it("resolves keys that contain dots themselves", () => {
    expect(t("audit.partner.created")).toBe("Partner angelegt");
    expect(t("audit.activity.logged")).toBe("Aktivität erfasst");
  });
  it("returns the key for unknown entries instead of throwing", () => {
    expect(t("does.not.exist")).toBe("does.not.exist");
  });
});

describe("catalogues", () => {
  it("English has exactly the German keys, with the same placeholders", () => {
    const deKeys = leafKeys(de).sort();
    expect(leafKeys(en).sort()).toEqual(deKeys);
    const tDe = createTranslator(de);
    const tEn = createTranslator(en);
    for (const key of deKeys) {
      const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(vars(tEn(key)), key).toEqual(vars(tDe(key)));
    }
  });
});
