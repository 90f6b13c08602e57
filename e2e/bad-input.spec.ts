// Hostile requests from outside get a 4xx (or a VALIDATION result) and change nothing;
// none of them may reach a 500. The app server (scripts/lib/app-server.mjs) refuses
// what Next would fail on; the zod schemas refuse the rest.
import fs from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { Client } from "pg";
import { COORDINATOR } from "./fixtures";

function actionId(exportedName: string) {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { exportedName?: string }> };
  return Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName)![0];
}

async function signedIn(request: APIRequestContext) {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  await request.post("/api/auth/callback/credentials", { form: { csrfToken, email: COORDINATOR.email, password: COORDINATOR.password, json: "true" } });
}

const callAction = (request: APIRequestContext, name: string, body: string) =>
  request.post("/board", {
    headers: { "Next-Action": actionId(name), "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: test.info().project.use.baseURL! },
    data: body,
    maxRedirects: 0,
  });

async function partnerSnapshot() {
  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  const { rows } = await db.query(`SELECT count(*)::int AS n, coalesce(sum(version), 0)::int AS v FROM "Partner"`);
  await db.end();
  return rows[0];
}

test("malformed URLs, oversized and malformed action bodies and hostile values never give a 500", async ({ request }) => {
  await signedIn(request);
  const before = await partnerSnapshot();

  for (const path of ["/partners/%E0%A4%A", "/api/files/%C0", "/partner/%ZZ", "/api/agreements/documents/%E0", "/partners/abc%00", "/api/partners/export?q=%00"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(400);
    expect((await res.json()).error).toBe("VALIDATION");
  }

  const big = await callAction(request, "moveStageAction", `[${JSON.stringify("a".repeat(1_100_000))}]`);
  expect(big.status()).toBe(413);
  for (const body of ["{[", '{"not":"a list"}', "\u0000"]) {
    const res = await callAction(request, "moveStageAction", body);
    expect(res.status(), body).toBe(400);
  }

  const hostile = [
    { id: "a\u0000b", version: 1, to: "MET", reason: "" },
    { id: "abc", version: 2 ** 31, to: "MET", reason: "" },
    { id: "abc", version: -1, to: "MET", reason: "" },
    { id: "abc", version: 1, to: "NOT_A_STAGE", reason: "" },
    { id: ["abc"], version: "1", to: null, reason: {} },
  ];
  for (const input of hostile) {
    const res = await callAction(request, "moveStageAction", JSON.stringify([input]));
    const text = await res.text();
    expect(res.status(), JSON.stringify(input)).toBeLessThan(500);
    expect(text, JSON.stringify(input)).toContain('"code":"VALIDATION"');
  }
  const nulName = await callAction(
    request,
    "createPartnerAction",
    JSON.stringify([{ kind: "ORGANISATION", name: "Nul\u0000Name", fieldsOfWork: [], circle: "CORE", street: "", postalCode: "", city: "", website: "", email: "", phone: "", notes: "" }]),
  );
  expect(await nulName.text()).toContain('"name":"validation.controlCharacters"');

  expect(await partnerSnapshot()).toEqual(before);
});

test("every page carries the security headers; HSTS only when the public origin is https", async ({ request }) => {
  for (const path of ["/mitglied-werden", "/partner", "/signin", "/api/public/partners"]) {
    const res = await request.get(path);
    const h = res.headers();
    expect(h["content-security-policy"], path).toContain("frame-ancestors 'self'");
    expect(h["content-security-policy"], path).toContain("object-src 'none'");
    expect(h["permissions-policy"], path).toContain("camera=()");
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["strict-transport-security"], path).toBeUndefined(); // the e2e server runs on http://localhost
  }
});

test("dynamic pages get a script policy with a fresh nonce, and run without CSP violations", async ({ page, request }) => {
  const nonceOf = async (path: string) => /'nonce-([^']+)'/.exec((await request.get(path)).headers()["content-security-policy"] ?? "")?.[1];
  const [a, b] = [await nonceOf("/signin"), await nonceOf("/signin")];
  expect(a).toBeTruthy();
  expect(a).not.toBe(b);
  expect(await nonceOf("/partner")).toBeTruthy();

  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  for (const path of ["/signin", "/partner", "/verify", "/mitglied-werden"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  // The sign-in form works only when React hydrated, i.e. when the nonce reached Next's scripts.
  await page.goto("/signin");
  await page.getByLabel("E-Mail", { exact: true }).fill(COORDINATOR.email);
  await page.getByLabel("Passwort").fill(COORDINATOR.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
  await page.goto("/board");
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});
