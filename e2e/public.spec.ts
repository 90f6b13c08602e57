// The public side: join page and contact form into the pipeline, the static
// partner directory, the JSON feed, the widget on another origin, accessibility.
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { Client } from "pg";
import { germanSortKey } from "../lib/domain/sort-name";
import { PARTNER_A, signIn, uniqueName, waitForMail } from "./fixtures";

const COORDINATION_MAIL = "koordination@buendnis.example";
const MIN_FILL_MS = 3_000;

async function withDb<T>(fn: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  try {
    return await fn(db);
  } finally {
    await db.end();
  }
}

/** Everything a join submission with this e-mail could have stored. */
const storedFor = (email: string) =>
  withDb(async (db) => {
    const q = async (sql: string) => Number((await db.query(sql, [email])).rows[0].count);
    return {
      requests: await q(`SELECT count(*) FROM "JoinRequest" WHERE "email" = $1`),
      partners: await q(`SELECT count(*) FROM "Partner" WHERE "email" = $1`),
      mails: await q(`SELECT count(*) FROM "OutboxMail" WHERE "text" LIKE '%' || $1 || '%'`),
    };
  });

/**
 * A partner in AGREEMENT_SIGNED that meets every rule for PUBLISHED (logo,
 * description, consent) and has a consenting public contact person.
 */
async function createPublishablePartner(name: string) {
  const id = crypto.randomUUID();
  const logo = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="160" height="80"><rect width="160" height="80" fill="#1f7a68"/></svg>');
  const logoId = crypto.randomUUID();
  const contactId = crypto.randomUUID();
  await withDb(async (db) => {
    await db.query("BEGIN");
    await db.query(
      `INSERT INTO "StoredFile" ("id", "partnerId", "purpose", "contentType", "size", "sha256", "bytes") VALUES ($1, NULL, 'logo', 'image/svg+xml', $2, $3, $4)`,
      [logoId, logo.length, crypto.createHash("sha256").update(logo).digest("hex"), logo],
    );
    await db.query(
      `INSERT INTO "Partner" ("id", "kind", "name", "sortName", "description", "circle", "stage", "stageEnteredAt", "archived",
                              "website", "logoFileId", "publicationConsentAt", "version", "createdAt", "updatedAt")
       VALUES ($1, 'ORGANISATION', $2, $3, $4, 'CORE', 'AGREEMENT_SIGNED', now(), false, 'https://www.example.org/lernort', $5, now(), 1, now(), now())`,
      [id, name, germanSortKey(name), ["Offene Lernberatung ohne Anmeldung", "Abendkurse Lesen und Schreiben"], logoId],
    );
    await db.query(`INSERT INTO "PartnerFieldOfWork" ("partnerId", "fieldOfWorkId") VALUES ($1, 'COUNSELLING')`, [id]);
    await db.query(
      `INSERT INTO "ContactPerson" ("id", "partnerId", "name", "function", "email", "isPrimary", "publicConsent", "updatedAt")
       VALUES ($1, $2, 'Paula Öffentlich', 'Lernberatung', 'paula@example.org', true, true, now())`,
      [contactId, id],
    );
    await db.query(`UPDATE "Partner" SET "publicContactId" = $1 WHERE "id" = $2`, [contactId, id]);
    await db.query(`INSERT INTO "Activity" ("id", "partnerId", "kind", "occurredAt", "summary") VALUES ($1, $2, 'MEETING', now(), 'Kennenlernen (Testdaten)')`, [crypto.randomUUID(), id]);
    await db.query(`INSERT INTO "Agreement" ("id", "partnerId", "status", "activatedAt", "paperSigned", "updatedAt") VALUES ($1, $2, 'ACTIVE', now(), true, now())`, [crypto.randomUUID(), id]);
    await db.query(`INSERT INTO "StageChange" ("id", "partnerId", "fromStage", "toStage") VALUES ($1, $2, NULL, 'AGREEMENT_SIGNED')`, [crypto.randomUUID(), id]);
    await db.query("COMMIT");
  });
  return { id, name };
}

/** Opens the join page and waits until the form has its signed start time (the submit button is enabled). */
async function openJoinForm(page: Page) {
  await page.goto("/mitglied-werden");
  await expect(page.getByRole("button", { name: "Nachricht senden" })).toBeEnabled();
  return Date.now();
}

async function fillJoinForm(page: Page, data: { name: string; organisation: string; email: string; message: string }) {
  await page.getByLabel("Ihr Name").fill(data.name);
  await page.getByLabel("Organisation").fill(data.organisation);
  await page.getByLabel("E-Mail").fill(data.email);
  await page.getByLabel("Telefon").fill("030 5550123");
  await page.getByRole("checkbox", { name: "Kurse" }).check();
  await page.getByRole("checkbox", { name: "Digitale Grundbildung" }).check();
  await page.getByLabel("Ihre Nachricht").fill(data.message);
  await page.getByRole("checkbox", { name: /Ich bin einverstanden/ }).check();
}

const card = (scope: Page | Locator, name: string) => scope.getByTestId("board-card").filter({ hasText: name });

async function moveViaMenu(page: Page, name: string, stageLabel: string) {
  await page.goto(`/board?q=${encodeURIComponent(name)}`);
  await expect(card(page, name)).toBeVisible();
  await page.getByRole("button", { name: `Aktionen für ${name}` }).click();
  await page.getByRole("menuitem", { name: stageLabel, exact: true }).click();
}

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("the join page shows the editable text, the current values and the accession form", async ({ page }) => {
  await page.goto("/mitglied-werden");
  await expect(page.getByRole("heading", { level: 1, name: "Mitglied werden" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Wer kann mitmachen?" })).toBeVisible();
  await expect(page.getByTestId("join-values")).toContainText("Wir sind verlässlich");
  await expect(page.getByRole("link", { name: "Beitrittsformular herunterladen (PDF)" })).toHaveAttribute("href", "/api/public/accession-form.pdf");
  await expect(page.getByRole("link", { name: "Mehr dazu in den Hinweisen zum Datenschutz" })).toHaveAttribute("href", "/datenschutz");
  await page.getByRole("link", { name: "Datenschutz", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hinweise zum Datenschutz" })).toBeVisible();
});

test("a join request puts the partner into CONTACTED on the board and mails the coordination", async ({ page }) => {
  const organisation = uniqueName("Nachbarschaftstreff Lesen");
  const email = `${crypto.randomBytes(5).toString("hex")}@beitritt.example`;
  const message = "Wir bieten offene Lesestunden an und möchten gern im Bündnis mitmachen.";
  const opened = await openJoinForm(page);
  await fillJoinForm(page, { name: "Hanna Beispiel", organisation, email, message });
  await page.waitForTimeout(Math.max(0, opened + MIN_FILL_MS + 300 - Date.now()));
  await page.getByRole("button", { name: "Nachricht senden" }).click();
  await expect(page.getByTestId("join-done")).toContainText("Vielen Dank für Ihre Nachricht!");

  // Matched on the body: the sink keeps the subject MIME-encoded.
  const mail = await waitForMail(COORDINATION_MAIL, (m) => m.text.includes(organisation));
  expect(mail.text).toContain("über das Formular auf „Mitglied werden“ ist eine Anfrage eingegangen");
  expect(mail.text).toContain(message);
  expect(mail.text).toContain("Kurse, Digitale Grundbildung");
  expect(mail.text).toMatch(/\/partners\/[\w-]+/);

  await signIn(page);
  await page.goto(`/board?q=${encodeURIComponent(organisation)}`);
  await expect(card(page.getByTestId("column-CONTACTED"), organisation)).toBeVisible();
  await card(page, organisation).getByRole("link", { name: "Partner öffnen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: organisation })).toBeVisible();
  await expect(page.getByText(message)).toBeVisible();
});

test("too-fast submissions are refused, a filled honeypot gets the success answer, and nothing is stored", async ({ page }) => {
  const tooFast = { name: "Bot Schnell", organisation: uniqueName("Schnellpost"), email: `${crypto.randomBytes(5).toString("hex")}@spam.example`, message: "Kaufen Sie jetzt unsere Produkte!" };
  await openJoinForm(page);
  await fillJoinForm(page, tooFast);
  await page.getByRole("button", { name: "Nachricht senden" }).click();
  await expect(page.getByTestId("join-refused")).toHaveText(/Das ging sehr schnell/);
  expect(await storedFor(tooFast.email)).toEqual({ requests: 0, partners: 0, mails: 0 });

  const honeypot = { ...tooFast, organisation: uniqueName("Honigtopf"), email: `${crypto.randomBytes(5).toString("hex")}@spam.example` };
  const opened = await openJoinForm(page);
  await fillJoinForm(page, honeypot);
  // Invisible to people (off-screen, aria-hidden, not focusable), but bots fill every field.
  await page.locator('input[name="homepage"]').fill("https://spam.example", { force: true });
  await page.waitForTimeout(Math.max(0, opened + MIN_FILL_MS + 300 - Date.now()));
  await page.getByRole("button", { name: "Nachricht senden" }).click();
  // A bot learns nothing: the same answer as a real request.
  await expect(page.getByTestId("join-done")).toContainText("Vielen Dank für Ihre Nachricht!");
  expect(await storedFor(honeypot.email)).toEqual({ requests: 0, partners: 0, mails: 0 });

  // The rate limit counts per client address (both attempts counted), not in one shared bucket.
  const keys = await withDb(async (db) => (await db.query<{ key: string }>(`SELECT "key" FROM "RateLimit" WHERE "key" LIKE 'join:%'`)).rows.map((r) => r.key));
  expect(keys.length).toBeGreaterThan(0);
  expect(keys).not.toContain("join:unknown");
});

test("invalid input gets messages next to the fields", async ({ page }) => {
  await openJoinForm(page);
  await page.getByLabel("E-Mail").fill("keine-adresse");
  await page.getByLabel("Ihre Nachricht").fill("Hallo");
  await page.getByRole("button", { name: "Nachricht senden" }).click();
  const form = page.getByRole("form", { name: "Kontakt aufnehmen" });
  await expect(page.getByLabel("Ihr Name")).toHaveAttribute("aria-invalid", "true");
  await expect(form).toContainText("Bitte füllen Sie dieses Feld aus.");
  await expect(page.getByLabel("E-Mail")).toHaveAttribute("aria-invalid", "true");
  await expect(form).toContainText("Bitte geben Sie eine gültige E-Mail-Adresse ein.");
  await expect(form).toContainText("Bitte schreiben Sie uns ein paar Worte (mindestens 10 Zeichen).");
  await expect(form).toContainText("Bitte stimmen Sie der Verarbeitung Ihrer Angaben zu.");
  await expect(page.getByRole("checkbox", { name: /Ich bin einverstanden/ })).toHaveAttribute("aria-invalid", "true");
  expect(await storedFor("keine-adresse")).toEqual({ requests: 0, partners: 0, mails: 0 });
});

test("publishing shows a partner in /partner and the feed at once; unpublishing removes it at once", async ({ page, request }) => {
  const partner = await createPublishablePartner(uniqueName("Lernort Veröffentlicht"));
  await signIn(page);
  await moveViaMenu(page, partner.name, "Veröffentlicht");
  await expect(page.getByTestId("board-notice")).toContainText(`„${partner.name}“ ist jetzt in „Veröffentlicht“.`);

  await page.goto("/partner");
  const entry = page.getByTestId("directory-partner").filter({ hasText: partner.name });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText("Offene Lernberatung ohne Anmeldung");
  await expect(entry).toContainText("Ansprechperson: Paula Öffentlich (Lernberatung)");
  await expect(entry.getByRole("link", { name: /Webseite/ })).toHaveAttribute("href", "https://www.example.org/lernort");
  const logo = entry.getByRole("img", { name: `Logo von ${partner.name}` });
  await expect(logo).toHaveAttribute("width", "160");
  await expect(logo).toHaveAttribute("height", "80");
  // Demo data: a published partner with consent and a logo.
  await expect(page.getByTestId("directory-partner").filter({ hasText: "Lesewerkstatt Moabit e. V." })).toBeVisible();

  // Search and filter by field of work (client side, state in the URL).
  await page.getByLabel("Suche", { exact: true }).fill(partner.name.split(" ").pop()!);
  await expect(page.getByTestId("directory-partner")).toHaveCount(1);
  await expect(page.getByTestId("directory-count")).toHaveText("1 Partner");
  await page.getByLabel("Arbeitsfeld", { exact: true }).selectOption({ label: "Rechnen und Finanzen" });
  await expect(page.getByText("Keine Partner passen zu Ihrer Suche.")).toBeVisible();
  await page.getByLabel("Arbeitsfeld", { exact: true }).selectOption({ label: "Beratung" });
  await expect(entry).toBeVisible();
  await expect(page).toHaveURL(/feld=COUNSELLING/);
  await page.reload();
  await expect(page.getByLabel("Arbeitsfeld", { exact: true })).toHaveValue("COUNSELLING");
  await expect(page.getByTestId("directory-partner")).toHaveCount(1);

  const feed = await request.get("/api/public/partners");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["access-control-allow-origin"]).toBe("*");
  const etag = feed.headers()["etag"];
  const body = (await feed.json()) as { partners: { id: string; name: string; logoUrl: string; contact: { name: string } | null }[] };
  const item = body.partners.find((p) => p.id === partner.id);
  expect(item).toMatchObject({ name: partner.name, contact: { name: "Paula Öffentlich" } });
  expect(item!.logoUrl).toMatch(/^http:\/\/localhost:\d+\/api\/files\//);
  expect((await request.get(item!.logoUrl)).status()).toBe(200);
  expect((await request.get("/api/public/partners", { headers: { "If-None-Match": etag } })).status()).toBe(304);

  await moveViaMenu(page, partner.name, "Vereinbarung unterzeichnet");
  const dialog = page.getByRole("dialog", { name: "Zurückstufen begründen" });
  await dialog.getByLabel("Begründung").fill("Einwilligung wird gerade erneuert");
  await dialog.getByRole("button", { name: "Zurückstufen" }).click();
  await expect(page.getByTestId("board-notice")).toContainText(`„${partner.name}“ ist jetzt in „Vereinbarung unterzeichnet“.`);

  await page.goto("/partner");
  await expect(page.getByTestId("directory-partner").filter({ hasText: "Lesewerkstatt Moabit e. V." })).toBeVisible();
  await expect(page.getByTestId("directory-partner").filter({ hasText: partner.name })).toHaveCount(0);
  const after = await request.get("/api/public/partners", { headers: { "If-None-Match": etag } });
  expect(after.status()).toBe(200);
  expect(((await after.json()) as typeof body).partners.map((p) => p.id)).not.toContain(partner.id);
});

test("the widget embedded in a page on another origin shows the partners", async ({ page, baseURL }) => {
  const html = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Vereinsseite</title></head>
<body><h1>Unsere Vereinsseite</h1><div id="bündnis"></div>
<script src="${baseURL}/widget.js" data-target="#bündnis" async></script></body></html>`;
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  const requested: string[] = [];
  page.on("request", (r) => requested.push(new URL(r.url()).origin));
  const logoLoaded = page.waitForResponse((r) => r.url().startsWith(`${baseURL}/api/files/`) && r.status() === 200);
  try {
    await page.goto(origin);
    const widget = page.locator("#bündnis");
    await expect(widget.getByRole("heading", { name: "Partner des Alpha-Bündnisses Berlin Mitte" })).toBeVisible();
    const entry = widget.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Grundbildungszentrum Alpha Plus gGmbH" }) });
    await expect(entry).toBeVisible();
    await expect(entry).toContainText("Rechenkurse für den Alltag");
    await expect(entry.getByRole("img", { name: "Logo von Grundbildungszentrum Alpha Plus gGmbH" })).toHaveAttribute("loading", "lazy");
    await logoLoaded;
    // Only the host page and the app: no third-party requests.
    expect([...new Set(requested)].sort()).toEqual([baseURL!, origin].sort());
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test("join page, directory and portal have no serious or critical accessibility violations", async ({ page }) => {
  await page.goto("/mitglied-werden");
  await expect(page.getByRole("button", { name: "Nachricht senden" })).toBeEnabled();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto("/partner");
  await expect(page.getByTestId("directory-list")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await signIn(page, PARTNER_A);
  await page.goto("/portal");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("coordinators edit the join page text as Markdown with a safe preview, and the public page shows it at once", async ({ page }) => {
  await signIn(page);
  await page.goto("/settings/join-page");
  const editor = page.getByLabel("Text (Markdown)");
  const original = await editor.inputValue();
  expect(original).toContain("## Wer kann mitmachen?");
  const heading = uniqueName("Neu im Bündnis");
  await editor.fill(`## ${heading}\n\nWir freuen uns auf **Sie**. <script>window.__pwned = true</script><img src=x onerror="window.__pwned = true">\n\n- eins\n- zwei`);
  await page.getByRole("button", { name: "Vorschau" }).click();
  const preview = page.getByRole("region", { name: "Vorschau" });
  await expect(preview.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  await expect(preview.locator("strong")).toHaveText("Sie");
  await expect(preview.locator("script, img")).toHaveCount(0);
  await page.getByRole("button", { name: "Speichern und veröffentlichen" }).click();
  await expect(page.getByText("Gespeichert. Die öffentliche Seite zeigt jetzt den neuen Text.")).toBeVisible();

  await page.goto("/mitglied-werden");
  await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Wer kann mitmachen?" })).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned ?? false)).toBe(false);
  await expect(page.locator("main img")).toHaveCount(0);

  // Put the demo text back.
  await page.goto("/settings/join-page");
  await page.getByLabel("Text (Markdown)").fill(original);
  await page.getByRole("button", { name: "Speichern und veröffentlichen" }).click();
  await expect(page.getByText("Gespeichert. Die öffentliche Seite zeigt jetzt den neuen Text.")).toBeVisible();
  await page.goto("/mitglied-werden");
  await expect(page.getByRole("heading", { level: 2, name: "Wer kann mitmachen?" })).toBeVisible();
});
