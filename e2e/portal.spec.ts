import { expect, test, type Browser, type Page } from "@playwright/test";
import { createPartner } from "./factories";
import { firstLink, PARTNER_B, signIn, uniqueName, waitForMail } from "./fixtures";
import { HOSTILE_SVG, makePng, PNG_SIGNATURE, truncatedPng } from "./images";

/** A page in a fresh browser context: its own cookies, i.e. another person at another computer. */
async function newPerson(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  return context.newPage();
}

const logoPreview = (page: Page) => page.getByTestId("logo-preview");
const logoError = (page: Page) => page.locator("#logo-error");

/** Waits until the preview image has really loaded (the file route served a decodable image). */
async function expectPreviewLoaded(page: Page) {
  await expect(logoPreview(page)).toBeVisible();
  await expect.poll(() => logoPreview(page).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
}

test("coordinator invites a contact, who sets up an account, proposes a profile with logo, and gets it approved", async ({ browser, page }) => {
  test.setTimeout(120_000);
  const tag = uniqueName("x").split(" ")[1];
  const partner = await createPartner({ name: uniqueName("Lernstube Portaltest"), stage: "AGREEMENT_SIGNED" });
  const contactName = `Petra Portal ${tag}`;
  const contactEmail = `kontakt-${tag}@example.org`;
  const password = `Lese-und-Schreib-${tag}`;
  const bullets = [`Alphabetisierung am Abend ${tag}`, "Lerncafé mit Kinderbetreuung", "Beratung in einfacher Sprache"];

  // Coordinator: add the contact person and invite them.
  await signIn(page);
  await page.goto(`/partners/${partner.id}`);
  await expect(page.getByRole("heading", { level: 1, name: partner.name })).toBeVisible();
  await page.getByRole("button", { name: "Ansprechperson hinzufügen" }).click();
  const contactDialog = page.getByRole("dialog");
  await contactDialog.getByLabel("Name").fill(contactName);
  await contactDialog.getByLabel("E-Mail").fill(contactEmail);
  await contactDialog.getByRole("button", { name: "Speichern" }).click();
  await expect(contactDialog).toBeHidden();
  await expect(page.getByTestId("contacts")).toContainText(contactEmail);

  await page.getByRole("button", { name: `Zugang für ${contactName} einladen` }).click();
  const inviteDialog = page.getByRole("dialog");
  await expect(inviteDialog).toContainText(contactEmail);
  await inviteDialog.getByRole("button", { name: "Einladung senden" }).click();
  await expect(inviteDialog.getByRole("status")).toHaveText(`Die Einladung an ${contactEmail} ist verschickt.`);
  // The "sent" state has no close button (reported): Escape closes the dialog.
  await page.keyboard.press("Escape");
  await expect(inviteDialog).toBeHidden();

  // (The sink leaves RFC 2047 subjects encoded, so mails are recognised by their text.)
  const invite = await waitForMail(contactEmail, (m) => m.text.includes("/invite?token="));
  expect(invite.text).toContain(partner.name);
  const inviteUrl = firstLink(invite.text);
  expect(inviteUrl).toMatch(/\/invite\?token=[\w-]{20,}$/);

  // The contact, in a new browser: a short and a guessable password are refused, then the account is created.
  const contact = await newPerson(browser);
  await contact.goto(inviteUrl);
  await expect(contact.getByRole("heading", { name: "Einladung annehmen" })).toBeVisible();
  await expect(contact.getByText(`Sie wurden als Ansprechperson von ${partner.name} eingeladen`)).toBeVisible();
  await contact.getByLabel("Name").fill(contactName);
  await contact.getByLabel("Neues Passwort").fill("Passwort123");
  await contact.getByLabel("Passwort wiederholen").fill("Passwort123");
  await contact.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(contact.getByText("Das Passwort muss mindestens 12 Zeichen lang sein.")).toBeVisible();
  await contact.getByLabel("Neues Passwort").fill("Passwort1234");
  await contact.getByLabel("Passwort wiederholen").fill("Passwort1234");
  await contact.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(contact.getByText("Dieses Passwort ist zu leicht zu erraten")).toBeVisible();
  await contact.getByLabel("Neues Passwort").fill(password);
  await contact.getByLabel("Passwort wiederholen").fill(password);
  await contact.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(contact.getByRole("status")).toContainText("Ihr Konto ist angelegt.");

  // The link is single-use.
  await contact.goto(inviteUrl);
  await expect(contact.getByText("Diese Einladung ist ungültig")).toBeVisible();

  await signIn(contact, { email: contactEmail, password });
  await expect(contact).toHaveURL(/\/portal$/);
  await expect(contact.getByRole("heading", { level: 1, name: partner.name })).toBeVisible();
  await expect(contact.getByTestId("current-user")).toHaveText(contactName);
  await expect(contact.getByTestId("next-step")).toContainText("Die Vereinbarung ist unterzeichnet");
  await expect(contact.getByText("Kein Logo")).toBeVisible();

  // Propose the public profile: bullets, website and a logo.
  // Filled before React hydrated, a field is reset by hydration: fill until every value holds.
  await contact.waitForLoadState("networkidle");
  await expect(async () => {
    for (const [i, b] of bullets.entries()) await contact.getByLabel(`Stichpunkt ${i + 1}`).fill(b);
    for (const [i, b] of bullets.entries()) await expect(contact.getByLabel(`Stichpunkt ${i + 1}`)).toHaveValue(b, { timeout: 500 });
  }).toPass({ timeout: 10_000 });
  await contact.getByLabel("Webseite").fill(`https://lernstube-${tag}.example.org`);
  await contact.locator("#logo-input").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: makePng(16) });
  await expectPreviewLoaded(contact);
  await expect(logoError(contact)).toHaveText("");
  await contact.getByRole("button", { name: "Zur Freigabe einreichen" }).click();
  await expect(contact.getByTestId("draft-pending")).toContainText("warten auf Freigabe");
  // After a reload the form shows the submitted draft, logo included.
  await contact.reload();
  await expect(contact.getByLabel("Stichpunkt 1")).toHaveValue(bullets[0]);
  await expectPreviewLoaded(contact);

  // Coordinator: the diff on the partner page …
  await page.goto(`/partners/${partner.id}`);
  const diff = page.getByTestId("review-diff");
  await expect(diff).toContainText(bullets[0]);
  await expect(diff).toContainText(`https://lernstube-${tag}.example.org`);
  await expect(diff.getByRole("img", { name: "Vorgeschlagenes Logo" })).toBeVisible();
  await expect(diff.getByRole("rowheader").filter({ hasText: /^Logo/ })).toContainText("(geändert)");
  await expect(page.getByText(`Eingereicht von ${contactName}`)).toBeVisible();
  // … the contact now has an account, so there is nothing left to invite.
  await expect(page.getByRole("button", { name: `Zugang für ${contactName} einladen` })).toHaveCount(0);

  // … and in the review queue, where it is approved.
  await page.goto("/reviews");
  const panel = page.locator("section").filter({ has: page.getByRole("heading", { name: `Profiländerung von ${partner.name} prüfen` }) });
  await expect(panel.getByTestId("review-diff")).toContainText(bullets[2]);
  await panel.getByRole("button", { name: "Freigeben" }).click();
  await expect(page.getByRole("heading", { name: `Profiländerung von ${partner.name} prüfen` })).toHaveCount(0);

  await page.goto(`/partners/${partner.id}`);
  await expect(page.getByTestId("review-diff")).toHaveCount(0);
  await expect(page.getByTestId("audit")).toContainText("Profiländerung freigegeben");

  // The partner sees the outcome, and gets a mail.
  await contact.reload();
  await expect(contact.getByTestId("review-outcome")).toContainText("freigegeben");
  await expect(contact.getByTestId("draft-pending")).toHaveCount(0);
  await expect(contact.getByLabel("Stichpunkt 1")).toHaveValue(bullets[0]);
  await expectPreviewLoaded(contact);
  await waitForMail(contactEmail, (m) => m.text.includes("Ihre Änderungen am öffentlichen Profil sind freigegeben"));
  await contact.context().close();
});

test("logo upload refuses bad files with a message and keeps the previous logo", async ({ page }) => {
  await signIn(page, PARTNER_B);
  await expect(page).toHaveURL(/\/portal$/);
  const src = () => logoPreview(page).getAttribute("src");
  const upload = (name: string, mimeType: string, buffer: Buffer) => page.locator("#logo-input").setInputFiles({ name, mimeType, buffer });
  const hasPreview = (await logoPreview(page).count()) > 0;
  const initial = hasPreview ? await src() : null;

  async function expectRefused(message: string | RegExp, previous: string | null) {
    await expect(logoError(page)).toContainText(message);
    await expect(page.locator("#logo-input")).toBeEnabled();
    if (previous) {
      await expect(logoPreview(page)).toHaveAttribute("src", previous);
      await expectPreviewLoaded(page);
    } else {
      await expect(logoPreview(page)).toHaveCount(0);
      await expect(page.getByText("Kein Logo")).toBeVisible();
    }
  }

  // A text file named .png: the type comes from the bytes, not the name.
  await upload("logo.png", "image/png", Buffer.from("Das ist gar kein Bild, nur Text mit der Endung .png\n"));
  await expectRefused("Dieses Dateiformat wird nicht unterstützt", initial);

  // A PNG named .svg is accepted, and stored as PNG.
  await upload("logo.svg", "image/svg+xml", makePng(16));
  await expect(logoError(page)).toHaveText("");
  await expect.poll(src).not.toBe(initial);
  await expectPreviewLoaded(page);
  const pngSrc = (await src())!;
  const png = await page.request.get(pngSrc);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
  expect((await png.body()).subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);

  // Too large, empty, damaged: refused, and the PNG stays.
  await upload("gross.png", "image/png", Buffer.concat([PNG_SIGNATURE, Buffer.alloc(5 * 1024 * 1024, 7)]));
  await expectRefused("größer als 2 MB", pngSrc);
  await upload("leer.png", "image/png", Buffer.alloc(0));
  await expectRefused("Die Datei ist leer", pngSrc);
  await upload("abgebrochen.png", "image/png", truncatedPng());
  await expectRefused("beschädigt", pngSrc);

  // An SVG with a script and event handlers is stored sanitised.
  await upload("logo.svg", "image/svg+xml", Buffer.from(HOSTILE_SVG));
  await expect(logoError(page)).toHaveText("");
  await expect.poll(src).not.toBe(pngSrc);
  await expectPreviewLoaded(page);
  const svg = await page.request.get((await src())!);
  expect(svg.status()).toBe(200);
  expect(svg.headers()["content-type"]).toBe("image/svg+xml");
  expect(svg.headers()["content-security-policy"]).toContain("sandbox");
  const text = await svg.text();
  for (const bad of ["<script", "onload", "onclick", "javascript:", "alert("]) expect(text).not.toContain(bad);
  expect(text).toContain("<rect");
  expect(text).toContain('viewBox="0 0 40 40"');

  // Nothing was submitted: the draft state of the partner is unchanged.
  await page.reload();
  if (initial) await expect(logoPreview(page)).toHaveAttribute("src", initial);
  else await expect(logoPreview(page)).toHaveCount(0);
});
