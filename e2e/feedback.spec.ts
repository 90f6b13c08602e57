// The feedback channel: a partner raises a problem, the coordination triages and
// answers, both sides are mailed, and another partner cannot see the thread.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { COORDINATOR, PARTNER_A, PARTNER_B, signIn, uniqueName, waitForMail } from "./fixtures";

async function signedInPage(browser: Browser, user: { email: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

const status = (page: Page) => page.getByRole("heading", { level: 1 }).locator("xpath=..").getByTestId("feedback-status");

test("feedback round trip between a partner and the coordination, with mails both ways", async ({ browser }) => {
  const title = uniqueName("Einladung zu kurzfristig");
  const partner = await signedInPage(browser, PARTNER_A);

  await partner.getByRole("link", { name: "Rückmeldungen" }).click();
  await expect(partner.getByRole("heading", { level: 1, name: "Rückmeldungen an die Koordination" })).toBeVisible();
  const form = partner.getByRole("form", { name: "Neue Rückmeldung" });
  await form.getByRole("button", { name: "Absenden" }).click();
  await expect(form.getByLabel("Betreff")).toHaveAttribute("aria-invalid", "true");
  await expect(form).toContainText("Bitte füllen Sie dieses Feld aus.");
  await form.getByRole("radio", { name: /Problem/ }).check();
  await form.getByLabel("Betreff").fill(title);
  await form.getByLabel("Beschreibung").fill("Die Einladung zum Plenum kam erst einen Tag vorher.");
  await form.getByRole("button", { name: "Absenden" }).click();
  await expect(partner.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(partner.getByRole("status").filter({ hasText: "Ihre Rückmeldung ist bei der Koordination angekommen" })).toBeVisible();
  await expect(status(partner)).toHaveText("Offen");
  const threadUrl = partner.url().replace(/\?.*$/, "");
  const feedbackId = threadUrl.split("/").pop()!;

  // Mails are matched on the body: the sink keeps subjects MIME-encoded.
  const toCoordination = await waitForMail(COORDINATOR.email, (m) => m.text.includes(title));
  expect(toCoordination.text).toContain("von Volkshochschule Mitte hat eine Rückmeldung geschickt (Problem)");
  expect(toCoordination.text).toContain("Die Einladung zum Plenum kam erst einen Tag vorher.");
  expect(toCoordination.text).toContain(`/feedback/${feedbackId}`);

  // The coordination: inbox → thread → in progress → reply and resolve.
  const coordinator = await signedInPage(browser, COORDINATOR);
  await coordinator.goto("/feedback");
  const item = coordinator.getByTestId("feedback-item").filter({ hasText: title });
  await expect(item).toContainText("Volkshochschule Mitte");
  await expect(item.getByTestId("feedback-status")).toHaveText("Offen");
  await item.getByRole("link", { name: title }).click();
  await expect(coordinator.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await coordinator.getByRole("button", { name: "In Bearbeitung nehmen" }).click();
  await expect(status(coordinator)).toHaveText("In Bearbeitung");

  const reply = coordinator.getByRole("form", { name: "Antworten" });
  await reply.getByLabel("Ihre Antwort").fill("Danke! Ab sofort verschicken wir die Einladungen zwei Wochen vorher.");
  await reply.getByLabel("Status danach").selectOption({ label: "Erledigt" });
  await reply.getByRole("button", { name: "Antwort senden" }).click();
  await expect(status(coordinator)).toHaveText("Erledigt");
  await expect(coordinator.getByTestId("feedback-message").last()).toContainText("zwei Wochen vorher");

  const toPartner = await waitForMail(PARTNER_A.email, (m) => m.text.includes(title));
  expect(toPartner.text).toContain(`die Koordination des Alpha-Bündnisses Berlin Mitte hat auf Ihre Rückmeldung „${title}“ geantwortet`);
  expect(toPartner.text).toContain("zwei Wochen vorher");
  expect(toPartner.text).toContain("Status: Erledigt");
  expect(toPartner.text).toContain(`/portal/feedback/${feedbackId}`);

  // The partner sees the answer and the status, and answers back (which reopens the thread).
  await partner.goto(threadUrl);
  await expect(status(partner)).toHaveText("Erledigt");
  await expect(partner.getByTestId("feedback-message").nth(1)).toContainText("(Koordination)");
  await expect(partner.getByTestId("feedback-message").nth(1)).toContainText("zwei Wochen vorher");
  const answer = partner.getByRole("form", { name: "Antworten" });
  await expect(answer).toContainText("Wenn Sie auf eine erledigte Rückmeldung antworten, wird sie wieder geöffnet.");
  await answer.getByLabel("Ihre Antwort").fill("Prima, vielen Dank!");
  await answer.getByRole("button", { name: "Antwort senden" }).click();
  await expect(status(partner)).toHaveText("Offen");
  await expect(partner.getByTestId("feedback-message")).toHaveCount(3);

  const back = await waitForMail(COORDINATOR.email, (m) => m.text.includes(`hat auf die Rückmeldung „${title}“ geantwortet`));
  expect(back.text).toContain("Prima, vielen Dank!");

  // The coordinator's partner page lists the thread.
  await coordinator.goto(`/feedback/${feedbackId}`);
  await coordinator.getByRole("link", { name: "Volkshochschule Mitte" }).click();
  await expect(coordinator.getByRole("heading", { level: 1, name: "Volkshochschule Mitte" })).toBeVisible();
  const section = coordinator.locator("section").filter({ has: coordinator.getByRole("heading", { level: 2, name: "Rückmeldungen", exact: true }) });
  await expect(section.getByTestId("feedback-item").filter({ hasText: title })).toBeVisible();

  // Another partner neither sees it in the list nor can open it.
  const other = await signedInPage(browser, PARTNER_B);
  await other.goto("/portal/feedback");
  await expect(other.getByRole("heading", { level: 1, name: "Rückmeldungen an die Koordination" })).toBeVisible();
  await expect(other.getByText(title)).toHaveCount(0);
  const res = await other.goto(threadUrl);
  expect(res?.status()).toBe(404);
  await expect(other.getByText(title)).toHaveCount(0);

  await partner.context().close();
  await coordinator.context().close();
  await other.context().close();
});

test("the feedback pages have no serious or critical accessibility violations", async ({ page }) => {
  await signIn(page, PARTNER_A);
  await page.goto("/portal/feedback");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
});
