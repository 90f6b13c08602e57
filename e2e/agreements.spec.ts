import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { addPrimaryContact, getAgreementDocuments, getAgreementRow, serverActionId, stageChangesFor } from "./agreement-factories";
import { createUser, partnerIdByName } from "./db";
import { createPartner, getPartnerRow } from "./factories";
import { generateAgreement, PARTNER_A, PARTNER_B, signIn, uniqueName, waitForMail } from "./fixtures";

const VHS_MITTE = "Volkshochschule Mitte";
const SENT_SUBJECT = "Ihre Kooperationsvereinbarung liegt zur Unterschrift bereit";

const sha256 = (bytes: Uint8Array) => crypto.createHash("sha256").update(bytes).digest("hex");

/** A page in a fresh browser context: its own cookies, i.e. another person at another computer. */
async function newPerson(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  return context.newPage();
}

/** A partner that may take an agreement: stage MET, a meeting, and a primary contact with e-mail. */
async function readyPartner(prefix: string) {
  const partner = await createPartner({ name: uniqueName(prefix), stage: "MET", withMeeting: true });
  const tag = crypto.randomUUID().slice(0, 8);
  await addPrimaryContact(partner.id, { name: `Gerda Grundbildung ${tag}`, email: `leitung-${tag}@example.org`, function: "Leitung" });
  return partner;
}

/** Coordinator: "An den Partner senden" → SENT. */
async function sendAgreement(page: Page, agreementId: string) {
  const row = page.getByTestId("agreements").locator(`[data-agreement-id="${agreementId}"]`);
  await row.getByRole("button", { name: "An den Partner senden" }).click();
  // The confirmation names who receives the personal signing link.
  const dialog = page.getByRole("dialog", { name: "Vereinbarung an den Partner senden" });
  await expect(dialog.getByTestId("send-recipient")).toContainText("Den Unterschriftslink erhält:");
  await dialog.getByRole("button", { name: "Jetzt senden" }).click();
  await expect(row).toHaveAttribute("data-status", "SENT");
}

/** Partner user, in the portal: reads the agreement and signs it online. Returns the hash of the document shown. */
async function partnerSigns(partner: Page, agreementId: string, signer: { name: string; function: string }): Promise<string> {
  await partner.goto(`/portal/agreements/${agreementId}`);
  const heading = partner.getByRole("heading", { level: 1, name: /Kooperationsvereinbarung/ });
  await expect(heading).toContainText("Versendet");
  await expect(partner.getByTitle("Kooperationsvereinbarung (PDF)")).toBeVisible();
  const form = partner.getByRole("form", { name: "Online unterschreiben" });
  const hash = (await form.getByTestId("document-hash").textContent())!.trim();
  await form.getByLabel("Vollständiger Name").fill(signer.name);
  await form.getByLabel("Funktion", { exact: true }).fill(signer.function);
  await form.getByLabel("Ich bin berechtigt, für die Organisation zu unterschreiben.").check();
  await form.getByRole("button", { name: "Verbindlich unterschreiben" }).click();
  await expect(heading).toContainText("Vom Partner unterschrieben");
  return hash;
}

/** A server action called by hand from `page`'s session, as a crafted request would. Returns the response body. */
async function callAction(page: Page, exportedName: string, arg: unknown): Promise<{ status: number; body: string }> {
  const baseURL = test.info().project.use.baseURL!;
  const res = await page.request.post("/portal", {
    headers: { "Next-Action": serverActionId(exportedName), "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: baseURL },
    data: JSON.stringify([arg]),
  });
  return { status: res.status(), body: await res.text() };
}

/** Uploads `bytes` on the public verification page and returns the result locator. */
async function verifyFile(page: Page, name: string, bytes: Buffer) {
  await page.getByLabel("PDF-Datei", { exact: true }).setInputFiles({ name, mimeType: "application/pdf", buffer: bytes });
  await page.getByRole("button", { name: "Prüfen" }).click();
  return page.getByTestId("verify-result");
}

test("online path: generate and send → partner signs in the portal → coordinator countersigns → AGREEMENT_SIGNED, certificate, verification", async ({ browser, page }) => {
  test.setTimeout(150_000);
  const partnerId = await partnerIdByName(VHS_MITTE);
  // MET in a fresh database; against a reused one it may already have advanced (then no new stage change).
  const startStage = (await getPartnerRow(partnerId)).stage;
  const partnerSigner = { name: "Jana Becker", function: "Fachbereichsleitung Grundbildung" };
  const coordinationSigner = { name: "Karla Koordinatorin", function: "Projektkoordination" };

  // Coordinator: generate and send.
  await signIn(page);
  const agreementId = await generateAgreement(page, partnerId);
  const generated = (await getAgreementDocuments(agreementId)).filter((d) => d.kind === "GENERATED");
  expect(generated).toHaveLength(1);
  const generatedPdf = await page.request.get(`/api/agreements/documents/${generated[0].id}`);
  expect(generatedPdf.status()).toBe(200);
  const generatedBytes = await generatedPdf.body();
  expect(sha256(generatedBytes)).toBe(generated[0].sha256);
  await sendAgreement(page, agreementId);

  const mail = await waitForMail(PARTNER_A.email, (m) => m.subject === SENT_SUBJECT && m.text.includes(agreementId));
  expect(mail.text).toContain(`/portal/agreements/${agreementId}`);

  // Partner A, in their own browser: finds it in the portal and signs the exact document shown.
  const partner = await newPerson(browser);
  await signIn(partner, PARTNER_A);
  await expect(partner).toHaveURL(/\/portal$/);
  const listed = partner.getByTestId("portal-agreements").getByRole("link", { name: "Ansehen und unterschreiben" });
  await expect(listed).toHaveAttribute("href", `/portal/agreements/${agreementId}`);
  const shownHash = await partnerSigns(partner, agreementId, partnerSigner);
  expect(shownHash).toBe(generated[0].sha256);
  expect((await getAgreementRow(agreementId)).status).toBe("SIGNED_BY_PARTNER");
  await partner.context().close();

  // Coordinator countersigns on the agreement page, bound to the same document hash.
  await page.goto(`/agreements/${agreementId}`);
  const heading = page.getByRole("heading", { level: 1, name: /Kooperationsvereinbarung/ });
  await expect(heading).toContainText("Vom Partner unterschrieben");
  const form = page.getByRole("form", { name: "Online unterschreiben" });
  await expect(form.getByTestId("document-hash")).toHaveText(generated[0].sha256);
  await form.getByLabel("Vollständiger Name").fill(coordinationSigner.name);
  await form.getByLabel("Funktion", { exact: true }).fill(coordinationSigner.function);
  await form.getByLabel("Ich bin berechtigt, für die Projektkoordination gegenzuzeichnen.").check();
  await form.getByRole("button", { name: "Verbindlich unterschreiben" }).click();
  await expect(heading).toContainText("Aktiv");

  // The partner advanced on the board, and the stage change references the agreement.
  await page.goto(`/board?q=${encodeURIComponent(VHS_MITTE)}`);
  await expect(page.getByTestId("column-AGREEMENT_SIGNED").locator(`[data-testid="board-card"][data-partner-id="${partnerId}"]`)).toBeVisible();
  expect((await getPartnerRow(partnerId)).stage).toBe("AGREEMENT_SIGNED");
  expect(await stageChangesFor(partnerId, agreementId)).toEqual(startStage === "MET" ? [{ fromStage: "MET", toStage: "AGREEMENT_SIGNED" }] : []);

  // The signed PDF downloads: the original pages plus a certificate page with both signatures and the hash.
  await page.goto(`/partners/${partnerId}`);
  const row = page.getByTestId("agreements").locator(`[data-agreement-id="${agreementId}"]`);
  await expect(row).toHaveAttribute("data-status", "ACTIVE");
  // Exactly one document is the final one, and its file name says so.
  await expect(row.getByTestId("download-SIGNED")).toHaveCount(1);
  await expect(row.getByTestId("download-PARTNER_SIGNED")).toHaveCount(1);
  const [download] = await Promise.all([page.waitForEvent("download"), row.getByTestId("download-SIGNED").click()]);
  expect(download.suggestedFilename()).toMatch(/^Kooperationsvereinbarung_.+_\d{4}-\d{2}-\d{2}_unterzeichnet\.pdf$/);
  const signedPath = test.info().outputPath("signed.pdf");
  await download.saveAs(signedPath);
  const signedBytes = fs.readFileSync(signedPath);
  const originalPages = (await PDFDocument.load(generatedBytes)).getPageCount();
  const signedPages = (await PDFDocument.load(signedBytes)).getPageCount();
  expect(signedPages).toBe(originalPages + 1);
  const certificate = execFileSync("pdftotext", ["-f", String(signedPages), "-l", String(signedPages), signedPath, "-"], { encoding: "utf8" });
  expect(certificate).toContain("Signaturzertifikat");
  expect(certificate).toContain(VHS_MITTE);
  expect(certificate).toContain(partnerSigner.name);
  expect(certificate).toContain(coordinationSigner.name);
  expect(certificate).toContain("Gegenzeichnung der Koordination");
  expect(certificate).toContain(generated[0].sha256);
  expect(certificate).not.toContain("Die Gegenzeichnung der Koordination steht noch aus.");
  const stored = (await getAgreementDocuments(agreementId)).filter((d) => d.kind === "SIGNED");
  expect(stored.at(-1)!.sha256).toBe(sha256(signedBytes));

  // Public verification, by anyone holding the file: valid and active; a tampered copy matches nothing.
  const visitor = await newPerson(browser);
  await visitor.goto("/verify");
  await expect(visitor.getByRole("heading", { name: "Vereinbarung prüfen" })).toBeVisible();
  const valid = await verifyFile(visitor, "vereinbarung.pdf", signedBytes);
  await expect(valid).toContainText("Gültig");
  await expect(valid).toContainText("endgültig unterzeichnete Vereinbarung");
  await expect(valid).toContainText(VHS_MITTE);

  const tampered = Buffer.from(signedBytes);
  tampered[Math.floor(tampered.length / 2)] ^= 0x01;
  expect(sha256(tampered)).not.toBe(sha256(signedBytes));
  const noMatch = await verifyFile(visitor, "vereinbarung.pdf", tampered);
  await expect(noMatch).toContainText("Keine Übereinstimmung");
  await expect(noMatch).not.toContainText("Gültig");
  await expect(noMatch).not.toContainText(VHS_MITTE);

  // By pasted hash: the generated document is known too.
  await visitor.getByLabel("PDF-Datei", { exact: true }).setInputFiles([]);
  await visitor.getByLabel("oder SHA-256-Fingerabdruck").fill(generated[0].sha256);
  await visitor.getByRole("button", { name: "Prüfen" }).click();
  // …as the unsigned original, which is not the final document (that one exists since today).
  await expect(visitor.getByTestId("verify-result")).toContainText("noch nicht unterschriebene Original");
  await expect(visitor.getByTestId("verify-result")).toContainText("Die endgültig unterzeichnete Fassung gibt es seit dem");
  await visitor.context().close();
});

test("paper path: a non-PDF is refused, the scanned PDF activates the agreement and advances the partner", async ({ page }) => {
  test.setTimeout(90_000);
  const partner = await readyPartner("Familienzentrum Papierweg");
  await signIn(page);
  const agreementId = await generateAgreement(page, partner.id);
  const row = page.getByTestId("agreements").locator(`[data-agreement-id="${agreementId}"]`);
  const before = await getAgreementRow(agreementId);

  await row.getByRole("button", { name: "Papierunterschrift hochladen" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  const fileInput = dialog.getByLabel("Scan als PDF (höchstens 10 MB)");
  await dialog.getByLabel("Unterschrieben von").fill("Gerda Grundbildung");
  await dialog.getByLabel("Unterschrieben am").fill(new Date().toISOString().slice(0, 10));

  // Text bytes named .pdf: refused by content, nothing changes.
  await fileInput.setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.from("Das ist nur ein Text, kein Scan.\n") });
  await dialog.getByRole("button", { name: "Papierunterschrift hochladen" }).click();
  await expect(dialog.getByText("Das ist keine PDF-Datei")).toBeVisible();
  const unchanged = await getAgreementRow(agreementId);
  expect(unchanged.status).toBe("DRAFT");
  expect(unchanged.version).toBe(before.version);
  expect((await getAgreementDocuments(agreementId)).map((d) => d.kind)).toEqual(["GENERATED"]);
  expect((await getPartnerRow(partner.id)).stage).toBe("MET");

  // A real (small) PDF.
  const scan = await PDFDocument.create();
  const font = await scan.embedFont(StandardFonts.Helvetica);
  scan.addPage([595.28, 841.89]).drawText(`Kooperationsvereinbarung, unterschrieben: ${partner.name}`, { x: 50, y: 780, size: 12, font });
  const scanBytes = Buffer.from(await scan.save());
  await fileInput.setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: scanBytes });
  await dialog.getByRole("button", { name: "Papierunterschrift hochladen" }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toHaveAttribute("data-status", "ACTIVE");
  await expect(row.getByTestId("download-PAPER")).toBeVisible();

  const after = await getAgreementRow(agreementId);
  expect(after).toMatchObject({ status: "ACTIVE", paperSigned: true });
  expect(after.activatedAt).not.toBeNull();
  const paper = (await getAgreementDocuments(agreementId)).filter((d) => d.kind === "PAPER");
  expect(paper.map((d) => d.sha256)).toEqual([sha256(scanBytes)]);
  expect((await getPartnerRow(partner.id)).stage).toBe("AGREEMENT_SIGNED");
  expect(await stageChangesFor(partner.id, agreementId)).toEqual([{ fromStage: "MET", toStage: "AGREEMENT_SIGNED" }]);

  // The uploaded scan is what the coordinator downloads.
  const downloaded = await page.request.get(`/api/agreements/documents/${paper[0].id}?download=1`);
  expect(downloaded.status()).toBe(200);
  expect(sha256(await downloaded.body())).toBe(sha256(scanBytes));
});

test("authorization: a partner sees and signs only their own agreement, and cannot countersign", async ({ browser, page }) => {
  test.setTimeout(120_000);
  // Partner A here is a fresh partner with its own portal account, so this test does not depend on the demo partner's state.
  const partnerA = await readyPartner("Lernladen Berechtigung");
  const tag = crypto.randomUUID().slice(0, 8);
  const userA = await createUser({ email: `portal-${tag}@example.org`, name: `Paula Portal ${tag}`, password: `Lesen-und-Schreiben-${tag}`, roles: ["PARTNER"], partnerId: partnerA.id });

  await signIn(page);
  const agreementId = await generateAgreement(page, partnerA.id);
  await sendAgreement(page, agreementId);
  const [generated] = await getAgreementDocuments(agreementId);

  // Partner B: neither the page nor the document, and signing it in A's name is refused.
  const partnerB = await newPerson(browser);
  await signIn(partnerB, PARTNER_B);
  await partnerB.goto(`/portal/agreements/${agreementId}`);
  await expect(partnerB.getByRole("heading", { name: "Diese Seite gibt es nicht." })).toBeVisible();
  await expect(partnerB.getByText(partnerA.name)).toHaveCount(0);
  expect((await partnerB.request.get(`/api/agreements/documents/${generated.id}`)).status()).toBe(404);
  const sent = await getAgreementRow(agreementId);
  const bSigns = await callAction(partnerB, "partnerSignAction", {
    agreementId, version: sent.version, documentSha256: generated.sha256, name: "Malte Krüger", function: "Vorstand", authorised: true,
  });
  expect(bSigns.body).not.toContain('"ok":true');
  expect(bSigns.body).toContain("NOT_FOUND");
  expect(await getAgreementRow(agreementId)).toMatchObject({ status: "SENT", version: sent.version });

  // Partner A signs their own agreement.
  const partner = await newPerson(browser);
  await signIn(partner, userA);
  await partnerSigns(partner, agreementId, { name: `Paula Portal ${tag}`, function: "Geschäftsführung" });
  const signedByPartner = await getAgreementRow(agreementId);
  expect(signedByPartner.status).toBe("SIGNED_BY_PARTNER");
  const docs = await getAgreementDocuments(agreementId);
  expect(docs.map((d) => d.kind)).toEqual(["GENERATED", "PARTNER_SIGNED"]);

  // Partner B still cannot fetch any of its documents.
  for (const d of docs) expect((await partnerB.request.get(`/api/agreements/documents/${d.id}`)).status()).toBe(404);
  await partnerB.context().close();

  // Partner A cannot countersign: not through the page, not through the action, not through the paper upload.
  await partner.goto(`/agreements/${agreementId}`);
  await expect(partner.getByRole("form", { name: "Online unterschreiben" })).toHaveCount(0);
  const aCountersigns = await callAction(partner, "countersignAction", {
    agreementId, version: signedByPartner.version, documentSha256: generated.sha256, name: `Paula Portal ${tag}`, function: "Geschäftsführung", authorised: true,
  });
  expect(aCountersigns.body).not.toContain('"ok":true');
  expect(aCountersigns.body).toContain("FORBIDDEN");
  const paperByPartner = await partner.request.post(`/api/agreements/${agreementId}/paper`, {
    multipart: {
      file: { name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") },
      signedBy: "Paula Portal", signedAt: new Date().toISOString().slice(0, 10), version: String(signedByPartner.version),
    },
  });
  expect(paperByPartner.status()).toBe(403);

  const after = await getAgreementRow(agreementId);
  expect(after).toMatchObject({ status: "SIGNED_BY_PARTNER", version: signedByPartner.version, activatedAt: null, countersignedById: null });
  expect((await getAgreementDocuments(agreementId)).map((d) => d.kind)).toEqual(["GENERATED", "PARTNER_SIGNED"]);
  expect((await getPartnerRow(partnerA.id)).stage).toBe("MET");
  await partner.context().close();
});
