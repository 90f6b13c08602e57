// The coordinator's day: landing on /dashboard, completing a task in "Meine Aufgaben",
// reassigning an owner, the bell count rising when a partner submits a profile change,
// and axe on the new pages (also at 390 px).
import crypto from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { createUser, userByEmail } from "./db";
import { createPartner, withDb } from "./factories";
import { COORDINATOR, signIn, uniqueName } from "./fixtures";

async function addTask(partnerId: string, assigneeEmail: string, title: string, daysFromToday: number) {
  const assignee = await userByEmail(assigneeEmail);
  await withDb((db) =>
    db.query(
      `INSERT INTO "Task" ("id", "partnerId", "title", "dueDate", "assigneeId", "updatedAt")
       VALUES ($1, $2, $3, (now() AT TIME ZONE 'Europe/Berlin')::date + $4::int, $5, now())`,
      [crypto.randomUUID(), partnerId, title, daysFromToday, assignee!.id],
    ),
  );
}

async function noSeriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
}

test("a coordinator lands on /dashboard, completes a task from Meine Aufgaben, and reassigns an owner", async ({ page }) => {
  const partner = await createPartner({ name: uniqueName("Zz-Tag Lernort") });
  const title = uniqueName("Rückruf");
  await addTask(partner.id, COORDINATOR.email, title, -1);

  await signIn(page);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId("dashboard-tasks")).toContainText(title);
  await expect(page.getByTestId("nav-count-overdue")).toBeVisible();

  await page.getByRole("link", { name: /Meine Aufgaben/ }).first().click();
  await expect(page).toHaveURL(/\/tasks/);
  const task = page.getByTestId("tasks-overdue").getByTestId("task").filter({ hasText: title });
  await expect(task).toContainText("überfällig");
  await task.getByRole("button", { name: `Erledigen: ${title}` }).click();
  const dialog = page.getByRole("dialog", { name: "Aufgabe erledigen" });
  await dialog.getByLabel("Als Aktivität im Verlauf festhalten").check();
  await dialog.getByLabel("Zusammenfassung").fill("Angerufen, Termin vereinbart");
  await dialog.getByRole("button", { name: "Als erledigt markieren" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("task").filter({ hasText: title })).toHaveCount(0);

  // Reassign the owner on the partner page; the change is in the audit trail.
  await page.goto(`/partners/${partner.id}`);
  await expect(page.getByText("Angerufen, Termin vereinbart")).toBeVisible();
  await page.getByLabel("Zuständig", { exact: true }).selectOption({ label: "Robin Mitarbeit" });
  await page.getByRole("button", { name: "Zuständig setzen" }).click();
  await expect(page.getByText("Zuständigkeit gespeichert.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Zuständig", { exact: true })).toHaveValue((await userByEmail("mitarbeit@buendnis.example"))!.id);
});

test("the bell count rises when a partner in another browser submits a profile change", async ({ page, browser }) => {
  const partner = await createPartner({ name: uniqueName("Zz-Tag Profil"), stage: "PUBLISHED" });
  const partnerUser = await createUser({ email: `${uniqueName("p").replace(/\W/g, "")}@test.example`, name: "Nguyễn Thị Minh", password: "Ein-langes-Passwort-2026!", roles: ["PARTNER"], partnerId: partner.id });

  await signIn(page);
  const bell = page.getByTestId("bell");
  const countOf = async () => Number((await page.getByTestId("bell-count").count()) ? await page.getByTestId("bell-count").innerText() : "0");
  const before = await countOf();

  const context = await browser.newContext();
  const portal = await context.newPage();
  await signIn(portal, partnerUser);
  await expect(portal).toHaveURL(/\/portal$/);
  await portal.getByLabel("Stichpunkt 1").fill("Offenes Lesecafé am Dienstag");
  await portal.getByRole("button", { name: "Zur Freigabe einreichen" }).click();
  await expect(portal.getByTestId("draft-pending")).toBeVisible();
  await context.close();

  await page.reload();
  await expect(page.getByTestId("bell-count")).toHaveText(String(before + 1));
  await bell.click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByTestId("notification-list")).toContainText(partner.name);
});

test("axe: the new pages have no serious or critical violations, also at 390 px", async ({ page }) => {
  await signIn(page);
  for (const viewport of [{ width: 1280, height: 844 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(viewport);
    for (const path of ["/dashboard", "/tasks", "/notifications", "/account"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await noSeriousViolations(page);
    }
  }
});
