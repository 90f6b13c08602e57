// The whole signing path for a partner whose signer has no account: the coordinator
// sees who will receive the link, sends; the personal link (read from the SMTP sink,
// with the PDF attached) is opened in a fresh browser without signing in and signed
// as "Ayşe Yıldız"; the coordinator countersigns; /verify names each of the three copies.
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { addPrimaryContact, getAgreementDocuments, getAgreementRow } from "./agreement-factories";
import { createPartner } from "./factories";
import { firstLink, generateAgreement, signIn, uniqueName, waitForMail } from "./fixtures";

const sha256 = (bytes: Uint8Array) => crypto.createHash("sha256").update(bytes).digest("hex");
const SIGNER = "Ayşe Yıldız";

type TAttachment = { filename: string; contentType: string; size: number; sha256: string };

async function newPerson(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  return context.newPage();
}

async function verifyFile(page: Page, name: string, bytes: Buffer) {
  await page.goto("/verify");
  await page.getByLabel("PDF-Datei", { exact: true }).setInputFiles({ name, mimeType: "application/pdf", buffer: bytes });
  await page.getByRole("button", { name: "Prüfen" }).click();
  return page.getByTestId("verify-result");
}

test("no signer with an e-mail: the send button is disabled and says what is missing", async ({ page }) => {
  const partner = await createPartner({ name: uniqueName("Lerncafé Ohne Adresse"), stage: "MET", withMeeting: true });
  await signIn(page);
  const agreementId = await generateAgreement(page, partner.id);
  await page.goto(`/agreements/${agreementId}`);
  const send = page.getByRole("button", { name: "An den Partner senden" });
  await expect(send).toBeDisabled();
  await expect(send).toHaveAccessibleDescription(/keine Ansprechperson mit E-Mail-Adresse/);
  expect((await getAgreementRow(agreementId)).status).toBe("DRAFT");
});

test("personal link: a contact without an account signs as Ayşe Yıldız, the coordinator countersigns, /verify names every copy", async ({ browser, page }) => {
  test.setTimeout(150_000);
  const partner = await createPartner({ name: uniqueName("Lernwerkstatt Yıldız"), stage: "MET", withMeeting: true });
  const email = `ayse-${crypto.randomUUID().slice(0, 8)}@example.org`;
  await addPrimaryContact(partner.id, { name: SIGNER, email, function: "Geschäftsführung" });

  // The coordinator generates the agreement and, on its page, sees who gets the link before sending.
  await signIn(page);
  const agreementId = await generateAgreement(page, partner.id);
  await page.goto(`/agreements/${agreementId}`);
  await page.getByRole("button", { name: "An den Partner senden" }).click();
  const dialog = page.getByRole("dialog", { name: "Vereinbarung an den Partner senden" });
  await expect(dialog.getByTestId("send-recipient")).toHaveText(`Den Unterschriftslink erhält: ${SIGNER} <${email}>`);
  await dialog.getByRole("button", { name: "Jetzt senden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Kooperationsvereinbarung/ })).toContainText("Versendet");
  await expect(page.getByText(`Den Unterschriftslink hat ${SIGNER} <${email}> erhalten.`)).toBeVisible();

  // The mail: a personal link (not the portal) and the generated PDF attached.
  const [generated] = await getAgreementDocuments(agreementId);
  const mail = (await waitForMail(email, (m) => m.subject.includes("bitte unterschreiben"))) as Awaited<ReturnType<typeof waitForMail>> & { attachments: TAttachment[] };
  const link = firstLink(mail.text);
  expect(link).toMatch(/\/sign\/[A-Za-z0-9_-]{20,}$/);
  expect(mail.text).not.toContain("/portal/");
  expect(mail.attachments).toHaveLength(1);
  expect(mail.attachments[0]).toMatchObject({ contentType: "application/pdf", sha256: generated.sha256 });
  expect(mail.attachments[0].filename).toMatch(/_Original-ohne-Unterschriften\.pdf$/);

  // The signer opens it in a fresh browser, without an account, and signs.
  const signer = await newPerson(browser);
  await signer.goto(new URL(link).pathname);
  await expect(signer.getByRole("heading", { name: "Kooperationsvereinbarung unterschreiben" })).toBeVisible();
  await expect(signer.getByText(`Persönlicher Link für ${email}`)).toBeVisible();
  const form = signer.getByRole("form", { name: "Online unterschreiben" });
  await expect(form.getByTestId("document-hash")).toHaveText(generated.sha256);
  await form.getByLabel("Vollständiger Name").fill(SIGNER);
  await form.getByLabel("Funktion", { exact: true }).fill("Geschäftsführung");
  await form.getByLabel("Ich bin berechtigt, für die Organisation zu unterschreiben.").check();
  await form.getByRole("button", { name: "Verbindlich unterschreiben" }).click();
  // The action revalidates, so the page may already show the link as used: either way, thanks.
  await expect(signer.getByText(/Vielen Dank! Ihre Unterschrift ist gespeichert|Mit diesem Link wurde am .+ unterschrieben – vielen Dank!/)).toBeVisible();
  expect((await getAgreementRow(agreementId)).status).toBe("SIGNED_BY_PARTNER");
  // Single use: the same link now says it was used (no form any more).
  await signer.reload();
  await expect(signer.getByText(/Mit diesem Link wurde am .+ unterschrieben/)).toBeVisible();
  await expect(signer.getByRole("form", { name: "Online unterschreiben" })).toHaveCount(0);
  await signer.context().close();

  // The coordinator sees that it waits for the countersignature, and countersigns.
  await page.goto(`/agreements/${agreementId}`);
  const heading = page.getByRole("heading", { level: 1, name: /Kooperationsvereinbarung/ });
  await expect(heading).toContainText("Vom Partner unterschrieben");
  await expect(page.getByTestId("waiting-countersign")).toHaveText("Der Partner hat unterschrieben. Die Vereinbarung wartet auf die Gegenzeichnung der Koordination.");
  await expect(page.getByText(SIGNER).first()).toBeVisible();
  const countersign = page.getByRole("form", { name: "Online unterschreiben" });
  await countersign.getByLabel("Vollständiger Name").fill("Karla Koordinatorin");
  await countersign.getByLabel("Funktion", { exact: true }).fill("Projektkoordination");
  await countersign.getByLabel("Ich bin berechtigt, für die Projektkoordination gegenzuzeichnen.").check();
  await countersign.getByRole("button", { name: "Verbindlich unterschreiben" }).click();
  await expect(heading).toContainText("Aktiv");
  expect((await getAgreementRow(agreementId)).status).toBe("ACTIVE");

  // Each of the three copies, downloaded from the app as the coordinator does.
  const docs = await getAgreementDocuments(agreementId);
  expect(docs.map((d) => d.kind)).toEqual(["GENERATED", "PARTNER_SIGNED", "SIGNED"]);
  const bytes: Record<string, Buffer> = {};
  for (const d of docs) {
    const res = await page.request.get(`/api/agreements/documents/${d.id}?download=1`);
    expect(res.status()).toBe(200);
    bytes[d.kind] = await res.body();
    expect(sha256(bytes[d.kind])).toBe(d.sha256);
  }

  // The signer, who has no account, gets the final copy by mail.
  const finalMail = (await waitForMail(email, (m) => m.subject.includes("endgültig unterzeichnete Fassung"))) as typeof mail;
  expect(finalMail.attachments.map((a) => a.sha256)).toEqual([docs[2].sha256]);

  // The final PDF prints the signer's name correctly.
  const finalPath = test.info().outputPath("final.pdf");
  fs.writeFileSync(finalPath, bytes.SIGNED);
  const text = execFileSync("pdftotext", [finalPath, "-"], { encoding: "utf8" });
  expect(text).toContain(SIGNER);
  expect(text).toContain("Karla Koordinatorin");
  expect(text).toContain(email);

  // /verify, by anyone holding a file: which copy it is, and the partner as on the document.
  const visitor = await newPerson(browser);
  const original = await verifyFile(visitor, "original.pdf", bytes.GENERATED);
  await expect(original).toContainText("noch nicht unterschriebene Original");
  await expect(original).toContainText("nicht die endgültig unterzeichnete Vereinbarung");
  await expect(original).toContainText("Die endgültig unterzeichnete Fassung gibt es seit dem");
  await expect(original).toContainText(partner.name);
  await expect(original.locator("[data-copy]")).toHaveAttribute("data-copy", "original");
  await expect(original).not.toContainText("Gültig");

  const partnerSigned = await verifyFile(visitor, "partner.pdf", bytes.PARTNER_SIGNED);
  await expect(partnerSigned).toContainText("die nur der Partner unterschrieben hat");
  await expect(partnerSigned).toContainText("nicht die endgültig unterzeichnete Vereinbarung");
  await expect(partnerSigned).toContainText(partner.name);
  await expect(partnerSigned.locator("[data-copy]")).toHaveAttribute("data-copy", "partnerSigned");
  await expect(partnerSigned).not.toContainText("Gültig");

  const final = await verifyFile(visitor, "final.pdf", bytes.SIGNED);
  await expect(final).toContainText("Gültig: Dies ist die endgültig unterzeichnete Vereinbarung");
  await expect(final).toContainText(partner.name);
  await expect(final.locator("[data-copy]")).toHaveAttribute("data-copy", "final");
  await visitor.context().close();
});
