import { expect, type Page } from "@playwright/test";

export const COORDINATOR = { email: "koordination@buendnis.example", password: "Demo-2026!" };

export async function signIn(page: Page, user = COORDINATOR) {
  await page.goto("/signin");
  await page.getByLabel("E-Mail", { exact: true }).fill(user.email);
  await page.getByLabel("Passwort").fill(user.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
}

/** A name no other test uses, so specs can run against a shared database. */
export const uniqueName = (prefix: string) => `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export const PARTNER_A = { email: "kontakt@vhs-mitte.example", password: "Demo-2026!" };
export const PARTNER_B = { email: "kontakt@lesewerkstatt.example", password: "Demo-2026!" };

type TSinkMessage = { to: string[]; subject: string; text: string; receivedAt: string };

/** Waits for a mail to `to` in the test SMTP sink and returns the newest one. */
export async function waitForMail(to: string, match: (m: TSinkMessage) => boolean = () => true): Promise<TSinkMessage> {
  const port = Number(process.env.SMTP_SINK_HTTP_PORT ?? Number(process.env.SMTP_SINK_PORT ?? 2525) + 1);
  for (let i = 0; i < 50; i++) {
    const res = await fetch(`http://127.0.0.1:${port}/messages?to=${encodeURIComponent(to)}`);
    const found = ((await res.json()) as TSinkMessage[]).filter(match);
    if (found.length) return found[found.length - 1];
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no mail to ${to} arrived`);
}

export const firstLink = (text: string) => /https?:\/\/\S+/.exec(text)?.[0] ?? "";

/** Coordinator, on the partner page: "Vereinbarung erzeugen" → DRAFT with a generated PDF. Returns the agreement id. */
export async function generateAgreement(page: Page, partnerId: string): Promise<string> {
  await page.goto(`/partners/${partnerId}`);
  const card = page.getByTestId("agreements");
  await card.getByRole("button", { name: "Vereinbarung erzeugen" }).click();
  const draft = card.locator('[data-status="DRAFT"]');
  await expect(draft).toHaveCount(1);
  await expect(draft.getByTestId("download-GENERATED")).toBeVisible();
  return (await draft.getAttribute("data-agreement-id"))!;
}
