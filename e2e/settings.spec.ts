import { expect, test } from "@playwright/test";
import { PARTNER_A, signIn, uniqueName } from "./fixtures";

test("coordinator adds, renames and deactivates a field of work; the partner form follows", async ({ page }) => {
  await signIn(page);
  const label = uniqueName("Lesen und Schreiben");
  await page.goto("/settings/fields-of-work");
  await expect(page.getByRole("heading", { level: 1, name: "Arbeitsfelder" })).toBeVisible();
  await expect(page.getByTestId("field-COURSES")).toBeVisible();

  // Add: the id is derived from the German label.
  const add = page.getByRole("form", { name: "Arbeitsfeld hinzufügen" });
  await add.getByLabel("Bezeichnung (Deutsch)").fill(label);
  await add.getByLabel("Bezeichnung (Englisch)").fill("Reading and writing");
  await add.getByRole("button", { name: "Arbeitsfeld hinzufügen" }).click();
  const status = add.getByRole("status");
  await expect(status).toContainText("angelegt");
  const id = /Arbeitsfeld (\S+) angelegt/.exec((await status.textContent()) ?? "")![1];
  expect(id).toMatch(/^LESEN_UND_SCHREIBEN_/);

  // The same id again: refused next to the field.
  await add.getByLabel("Bezeichnung (Deutsch)").fill("Doppelt");
  await add.getByLabel("Bezeichnung (Englisch)").fill("Twice");
  await add.getByLabel("Kennung").fill(id);
  await add.getByRole("button", { name: "Arbeitsfeld hinzufügen" }).click();
  await expect(add.getByText("Diese Kennung ist schon vergeben.")).toBeVisible();

  // Rename.
  const row = page.getByTestId(`field-${id}`);
  await row.getByLabel(`Bezeichnung (Deutsch): ${id}`).fill(`${label} (neu)`);
  await row.getByRole("button", { name: "Speichern" }).click();
  await expect(row.getByRole("status")).toHaveText("Gespeichert.");
  await page.goto("/partners/new");
  await expect(page.getByRole("checkbox", { name: `${label} (neu)` })).toBeVisible();

  // Deactivate: no longer offered.
  await page.goto("/settings/fields-of-work");
  await page.getByTestId(`field-${id}`).getByRole("button", { name: "Deaktivieren" }).click();
  await expect(page.getByTestId(`field-${id}`)).toContainText("deaktiviert");
  await page.goto("/partners/new");
  await expect(page.getByRole("checkbox", { name: "Kurse" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: `${label} (neu)` })).toHaveCount(0);
});

test("partners cannot open the fields-of-work settings", async ({ page }) => {
  await signIn(page, PARTNER_A);
  await page.goto("/settings/fields-of-work");
  await expect(page).toHaveURL(/\/portal/);
});
