import { expect, type Page } from "@playwright/test";

export const COORDINATOR = { email: "koordination@buendnis.example", password: "Demo-2026!" };

export async function signIn(page: Page, user = COORDINATOR) {
  await page.goto("/signin");
  await page.getByLabel("E-Mail").fill(user.email);
  await page.getByLabel("Passwort").fill(user.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
}

/** A name no other test uses, so specs can run against a shared database. */
export const uniqueName = (prefix: string) => `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
