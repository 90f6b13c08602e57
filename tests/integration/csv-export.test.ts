import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { de } from "@/messages/de";
import { createTranslator } from "@/lib/i18n/translate";
import { addContact } from "@/lib/server/contacts/save-contact";
import { archivePartner } from "@/lib/server/partners/archive-partner";
import { exportPartnersCsv } from "@/lib/server/partners/export-csv";
import { parseListQuery } from "@/lib/validations/partner";
import { cleanupCreated, createActor, newPartner, uniqueToken } from "./fixtures";

const t = createTranslator(de);
const token = uniqueToken("csv");

beforeAll(async () => {
  const actor = await createActor();
  const umlaut = await newPartner(actor, {
    name: `Zz-Test Bürgerhaus Größe ${token}`,
    circle: "CORE",
    fieldsOfWork: ["COURSES", "DIGITAL"],
    city: "Köln",
    email: "buero@buergerhaus.example",
    phone: "0221 123456",
  });
  await addContact({
    actor,
    data: { partnerId: umlaut.id, name: "Jürgen Öztürk", function: "", email: "", phone: "", isPrimary: true, publicConsent: false },
  });
  await newPartner(actor, { name: `Zz-Test Lesen; "Schreiben" ${token}`, circle: "CORE", city: "" });
  await newPartner(actor, { name: `Zz-Test Formel ${token}`, circle: "CORE", city: "=HYPERLINK(\"http://evil.example\";\"klick\")" });
  await newPartner(actor, { name: `Zz-Test Plus ${token}`, circle: "CORE", city: "+49 Stadt", notes: "" });
  await newPartner(actor, { name: `Zz-Test Erweitert ${token}`, circle: "EXTENDED" });
  const gone = await newPartner(actor, { name: `Zz-Test Archiviert ${token}`, circle: "CORE" });
  await archivePartner({ actor, data: { id: gone.id, version: 1, reason: "Aufgelöst" } });
});
afterAll(cleanupCreated);

/** A strict reader for the export: ; between cells, CRLF between rows, "…" with "" for a quote. */
function parse(csv: string): string[][] {
  const text = csv.replace(/^\uFEFF/, "");
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && ch === '"') {
      quoted = false;
    } else if (quoted) {
      cell += ch;
    } else if (ch === '"' && cell === "") {
      quoted = true;
    } else if (ch === ";") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else {
      cell += ch;
    }
  }
  expect(quoted, "unterminated quote").toBe(false);
  expect(row.length === 0 && cell === "", "last row without CRLF").toBe(true);
  return rows;
}

describe("exportPartnersCsv", () => {
  it("is UTF-8 with BOM, semicolon-separated, CRLF, with a German header row", async () => {
    const csv = await exportPartnersCsv(parseListQuery({ q: token }), t);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const header = csv.slice(1).split("\r\n")[0];
    expect(header).toBe("Name;Art;Phase;Kreis;Arbeitsfelder;Ort;E-Mail;Telefon;Ansprechperson;Archiviert");
  });

  it("writes the partner's values in German, umlauts intact", async () => {
    const csv = await exportPartnersCsv(parseListQuery({ q: token }), t);
    const line = csv.split("\r\n").find((l) => l.includes("Bürgerhaus"));
    expect(line).toBe(
      `Zz-Test Bürgerhaus Größe ${token};Organisation;Kontakt aufgenommen;Kernkreis;Kurse, Digitale Grundbildung;Köln;buero@buergerhaus.example;0221 123456;Jürgen Öztürk;Nein`,
    );
  });

  it("quotes cells with ; and \" and doubles the quotes", async () => {
    const csv = await exportPartnersCsv(parseListQuery({ q: token }), t);
    expect(csv).toContain(`\r\n"Zz-Test Lesen; ""Schreiben"" ${token}";Organisation;`);
    const rows = parse(csv);
    expect(rows.every((r) => r.length === 10)).toBe(true);
    expect(rows.map((r) => r[0])).toContain(`Zz-Test Lesen; "Schreiben" ${token}`);
  });

  it("neutralises values that a spreadsheet would run as a formula", async () => {
    const csv = await exportPartnersCsv(parseListQuery({ q: token }), t);
    expect(csv).toContain(`;"'=HYPERLINK(""http://evil.example"";""klick"")";`);
    expect(csv).toContain(`;'+49 Stadt;`);
    const rows = parse(csv);
    expect(rows.map((r) => r[5])).toContain(`'=HYPERLINK("http://evil.example";"klick")`);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it("exports exactly the rows of the filter", async () => {
    const names = async (params: Record<string, string>) =>
      parse(await exportPartnersCsv(parseListQuery({ q: token, ...params }), t))
        .slice(1)
        .map((r) => r[0].replace(` ${token}`, ""));

    expect((await names({})).sort()).toEqual(
      ["Zz-Test Bürgerhaus Größe", "Zz-Test Erweitert", "Zz-Test Formel", 'Zz-Test Lesen; "Schreiben"', "Zz-Test Plus"].sort(),
    );
    expect(await names({ circle: "EXTENDED" })).toEqual(["Zz-Test Erweitert"]);
    expect(await names({ field: "DIGITAL" })).toEqual(["Zz-Test Bürgerhaus Größe"]);
    expect(await names({ archived: "archived" })).toEqual(["Zz-Test Archiviert"]);
    expect(await names({ stage: "MET" })).toEqual([]);
    // Sorted by the German sort key: "Bürgerhaus" before "Erweitert".
    expect((await names({ sort: "name", dir: "asc" }))[0]).toBe("Zz-Test Bürgerhaus Größe");
  });

  it("writes the archived flag", async () => {
    const csv = await exportPartnersCsv(parseListQuery({ q: token, archived: "archived" }), t);
    expect(csv.split("\r\n")[1]).toMatch(/;Ja$/);
  });
});
