import fs from "node:fs";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { createPartner, getPartnerRow } from "./factories";
import { createUser, partnerIdByName, userByEmail } from "./db";
import { COORDINATOR, firstLink, PARTNER_A, PARTNER_B, signIn, uniqueName, waitForMail } from "./fixtures";
import { makePng } from "./images";

const PARTNER_B_NAME = "Lesewerkstatt Moabit e. V.";

async function newPerson(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  return context.newPage();
}

/** The id the build gave a server action (what a browser sends as the Next-Action header). */
function serverActionId(exportedName: string, filename: string): string {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const ids = Object.entries(manifest.node).filter(([, v]) => v.exportedName === exportedName && v.filename === filename).map(([id]) => id);
  expect(ids, `server action ${exportedName} in the build manifest`).toHaveLength(1);
  return ids[0];
}

/** Calls a server action the way the browser does, bypassing every UI check. */
function callAction(request: APIRequestContext, path: string, actionId: string, args: unknown[]) {
  return request.post(path, {
    headers: {
      "Next-Action": actionId,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: new URL(test.info().project.use.baseURL!).origin,
    },
    data: JSON.stringify(args),
  });
}

test("magic link: a partner signs in without a password, once", async ({ page, browser }) => {
  const requestedAt = Date.now();
  await page.goto("/signin");
  await page.getByLabel("E-Mail für den Anmeldelink").fill(PARTNER_A.email);
  await page.getByRole("button", { name: "Link senden" }).click();
  await expect(page.getByRole("status")).toContainText("Falls ein Konto zu dieser Adresse gehört");

  const mail = await waitForMail(PARTNER_A.email, (m) => m.text.includes("/api/auth/callback/email") && Date.parse(m.receivedAt) >= requestedAt - 1000);
  const link = firstLink(mail.text);
  expect(link).toContain("/api/auth/callback/email");

  await page.goto(link);
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByTestId("current-user")).toHaveText("Jana Becker");
  await expect(page.getByRole("heading", { level: 1, name: "Volkshochschule Mitte" })).toBeVisible();

  // Used links don't work a second time.
  const other = await newPerson(browser);
  await other.goto(link);
  await expect(other).toHaveURL(/\/signin/);
  await expect(other.getByText("Dieser Anmeldelink ist ungültig oder abgelaufen")).toBeVisible();
  await other.goto("/portal");
  await expect(other).toHaveURL(/\/signin/);
  await other.context().close();
});

test("after sign-in only same-origin targets are followed (no open redirect)", async ({ page }) => {
  for (const target of ["%2F%5Cevil.example", "%2F%09%2Fevil.example", "https%3A%2F%2Fevil.example%2F"]) {
    await page.context().clearCookies();
    await page.goto(`/signin?callbackUrl=${target}`);
    await page.getByLabel("E-Mail", { exact: true }).fill(COORDINATOR.email);
    await page.getByLabel("Passwort").fill(COORDINATOR.password);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect(page.getByTestId("current-user")).toBeVisible();
    expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
  }
});

test("'sign out everywhere' ends a copied session cookie too", async ({ page, browser }) => {
  const tag = uniqueName("x").split(" ")[1];
  const user = await createUser({ email: `ueberall-${tag}@example.org`, name: `Uwe Überall ${tag}`, password: `Kaktus-Fahrrad-${tag}`, roles: ["COORDINATOR"] });
  await signIn(page, user);
  // Someone copied the cookie into another browser.
  const copy = await browser.newContext({ baseURL: test.info().project.use.baseURL, storageState: await page.context().storageState() });
  const thief = await copy.newPage();
  await thief.goto("/board");
  await expect(thief.getByTestId("current-user")).toHaveText(`Uwe Überall ${tag}`);

  await page.getByTestId("current-user").click();
  await expect(page.getByRole("heading", { level: 1, name: "Mein Konto" })).toBeVisible();
  await page.getByRole("button", { name: "Auf allen Geräten abmelden" }).click();
  await expect(page).toHaveURL(/\/signin\?ended=1/);
  await expect(page.getByRole("status")).toContainText("Sie sind auf allen Geräten abgemeldet");

  await thief.goto("/board");
  await expect(thief).toHaveURL(/\/signin/);
  await copy.close();
  // A new sign-in works.
  await signIn(page, user);
});

test("a deactivated account is thrown out on its next request", async ({ page, browser }) => {
  const tag = uniqueName("x").split(" ")[1];
  const partner = await createPartner({ name: uniqueName("Lernort Deaktivierung") });
  const user = await createUser({ email: `weg-${tag}@example.org`, name: `Dana Deaktiviert ${tag}`, password: `Noch-gueltig-${tag}`, roles: ["PARTNER"], partnerId: partner.id });

  // Context B: the partner user works in the portal.
  const partnerPage = await newPerson(browser);
  await signIn(partnerPage, user);
  await expect(partnerPage).toHaveURL(/\/portal$/);
  await expect(partnerPage.getByRole("heading", { level: 1, name: partner.name })).toBeVisible();

  // Context A: an admin deactivates the account (after a confirmation).
  await signIn(page);
  await page.goto("/admin/users");
  const row = page.locator(`[data-testid="user-row"][data-email="${user.email}"]`);
  await expect(row).toContainText("aktiv");
  let confirmation = "";
  page.once("dialog", (d) => {
    confirmation = d.message();
    void d.accept();
  });
  await row.getByRole("button", { name: "Deaktivieren" }).click();
  await expect(row).toContainText("deaktiviert");
  await expect(row.getByRole("button", { name: "Reaktivieren" })).toBeVisible();
  expect(confirmation).toContain(`Dana Deaktiviert ${tag}`);
  expect((await userByEmail(user.email))?.active).toBe(false);

  // Context B still holds a valid session cookie, but the server refuses it.
  await partnerPage.goto("/portal");
  await expect(partnerPage).toHaveURL(/\/signin/);
  await expect(partnerPage.getByRole("heading", { name: "Anmelden" })).toBeVisible();
  const upload = await partnerPage.request.post("/api/portal/logo", { multipart: { logo: { name: "logo.png", mimeType: "image/png", buffer: makePng(8) } } });
  expect(upload.status()).toBe(401);
  await partnerPage.context().close();
});

test("a partner cannot reach coordinator pages, exports, actions or another partner's files", async ({ page, browser, playwright }) => {
  const partnerBId = await partnerIdByName(PARTNER_B_NAME);
  await signIn(page, PARTNER_A);
  await expect(page).toHaveURL(/\/portal$/);

  // Coordinator pages send a partner back to the portal; nothing of them reaches the browser.
  for (const path of ["/board", "/partners", `/partners/${partnerBId}`, `/partners/${partnerBId}/edit`, "/reviews", "/admin/users", "/admin/outbox"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/portal$/);
    await expect(page.getByRole("heading", { level: 1, name: "Volkshochschule Mitte" })).toBeVisible();
    await expect(page.locator("body"), path).not.toContainText("Lesewerkstatt");
    // Neither the raw HTML response nor the RSC payload of a client-side navigation carries the data.
    for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
      const res = await page.request.get(path, { headers, maxRedirects: 0 });
      expect(res.status(), `${path} ${JSON.stringify(headers)}`).toBeLessThan(500);
      expect(await res.text(), `${path} ${JSON.stringify(headers)}`).not.toContain("Lesewerkstatt");
    }
  }

  // CSV export: 403 for a partner, 401 for an anonymous visitor.
  const exportAsPartner = await page.request.get("/api/partners/export");
  expect(exportAsPartner.status()).toBe(403);
  expect(await exportAsPartner.json()).toEqual({ error: "FORBIDDEN" });
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const exportAnonymous = await anonymous.get("/api/partners/export", { maxRedirects: 0 });
  expect(exportAnonymous.status()).toBe(401);
  expect(await exportAnonymous.json()).toEqual({ error: "UNAUTHENTICATED" });

  // The coordinator's moveStage action, called directly by the partner, is refused.
  const moveStageId = serverActionId("moveStageAction", "lib/actions/board/move-stage.ts");
  const before = await getPartnerRow(partnerBId);
  const attempt = await callAction(page.request, "/board", moveStageId, [{ id: partnerBId, version: before.version, to: "MET", reason: "Rückstufung durch Fremde" }]);
  const attemptBody = await attempt.text();
  expect(attemptBody).not.toContain('"ok":true');
  expect(attemptBody).toContain("FORBIDDEN");
  expect(await getPartnerRow(partnerBId)).toEqual(before);

  // The same call from a coordinator works (so the refusal above is the authorisation, not a malformed request).
  const control = await createPartner({ name: uniqueName("Kontrollpartner Aktion"), withMeeting: true });
  const coordinator = await newPerson(browser);
  await signIn(coordinator);
  const allowed = await callAction(coordinator.request, "/board", moveStageId, [{ id: control.id, version: 1, to: "MET", reason: "" }]);
  expect(await allowed.text()).toContain('"ok":true');
  expect((await getPartnerRow(control.id)).stage).toBe("MET");
  await coordinator.context().close();

  // An unpublished logo of partner A: readable by A, not by partner B, not anonymously.
  const upload = await page.request.post("/api/portal/logo", { multipart: { logo: { name: "logo.png", mimeType: "image/png", buffer: makePng(8) } } });
  expect(upload.status()).toBe(201);
  const { id: fileId } = (await upload.json()) as { id: string };
  expect((await page.request.get(`/api/files/${fileId}`)).status()).toBe(200);
  const partnerB = await newPerson(browser);
  await signIn(partnerB, PARTNER_B);
  const asB = await partnerB.request.get(`/api/files/${fileId}`);
  expect(asB.status()).toBe(404);
  expect(await asB.text()).not.toContain("PNG");
  expect((await anonymous.get(`/api/files/${fileId}`)).status()).toBe(404);
  await partnerB.context().close();
  await anonymous.dispose();
});
