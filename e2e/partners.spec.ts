import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { Client } from "pg";
import { signIn, uniqueName } from "./fixtures";

test("anonymous visitors are sent to sign-in", async ({ page }) => {
  await page.goto("/partners");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fpartners/);
  await expect(page.getByRole("heading", { name: "Anmelden" })).toBeVisible();
});

test("wrong password shows a message and stays on sign-in", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("E-Mail", { exact: true }).fill("koordination@buendnis.example");
  await page.getByLabel("Passwort").fill("falsch-falsch");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByText("E-Mail oder Passwort ist falsch")).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
});

test("coordinator manages a partner end to end", async ({ page }) => {
  await signIn(page);
  const name = uniqueName("Lernladen Übungsweg");

  // Create with a field error, then fix it.
  await page.goto("/partners/new");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("E-Mail").fill("keine-adresse");
  await page.getByRole("button", { name: "Partner anlegen" }).click();
  await expect(page.getByText("Bitte geben Sie eine gültige E-Mail-Adresse ein.")).toBeVisible();
  await page.getByLabel("E-Mail").fill("kontakt@lernladen.example.org");
  await page.getByLabel("Kurse").check();
  await page.getByRole("button", { name: "Partner anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  // Add a contact person.
  await page.getByRole("button", { name: "Ansprechperson hinzufügen" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill("Erika Mustermann");
  await dialog.getByLabel("Telefon").fill("030 555 1234");
  await dialog.getByRole("button", { name: "Speichern" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("contacts")).toContainText("Erika Mustermann");
  await expect(page.getByTestId("contacts")).toContainText("Hauptansprechperson");

  // Log an activity.
  await page.getByLabel("Art", { exact: true }).selectOption("CALL");
  await page.getByLabel("Zusammenfassung").fill("Telefonat zur Kursplanung im Frühjahr");
  await page.getByRole("button", { name: "Aktivität erfassen" }).click();
  await expect(page.getByTestId("activities")).toContainText("Telefonat zur Kursplanung im Frühjahr");
  await expect(page.getByTestId("audit")).toContainText("Aktivität erfasst");

  // Find it by search (umlaut-insensitive on the sort key).
  await page.goto("/partners");
  await page.getByRole("searchbox").fill(name.replace("Ü", "U"));
  await page.getByRole("button", { name: "Suchen" }).click();
  await expect(page.getByTestId("partners-table")).toContainText(name);
  await expect(page.getByTestId("result-count")).toHaveText("1 Treffer");

  // Export the current filter as CSV.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "CSV exportieren" }).click();
  const file = await (await download).path();
  const csv = fs.readFileSync(file!, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain(name);
  expect(csv.trim().split("\r\n")).toHaveLength(2);

  // Sign out.
  await page.getByRole("button", { name: "Abmelden" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/partners");
  await expect(page).toHaveURL(/\/signin/);
});

test("a direct call of a server action without a session is refused and stores nothing", async ({ request }) => {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const actionId = Object.entries(manifest.node).find(([, v]) => v.exportedName === "createPartnerAction")?.[0];
  expect(actionId).toBeTruthy();
  const name = uniqueName("Ohne Anmeldung");
  const res = await request.post("/partners/new", {
    headers: { "Next-Action": actionId!, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    data: JSON.stringify([{ kind: "ORGANISATION", name, fieldsOfWork: [], circle: "CORE", street: "", postalCode: "", city: "", website: "", email: "", phone: "", notes: "" }]),
    maxRedirects: 0,
  });
  expect(await res.text()).not.toContain('"ok":true');
  expect(res.status()).not.toBe(200);
  // Nothing was stored.
  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  const { rows } = await db.query(`SELECT 1 FROM "Partner" WHERE "name" = $1`, [name]);
  await db.end();
  expect(rows).toHaveLength(0);
});
