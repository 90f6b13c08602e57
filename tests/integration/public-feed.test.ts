// GET /api/public/partners and the directory loader: only PUBLISHED, not archived,
// consented partners with their approved fields; ETag/304, CORS and cache headers.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Anonymous visitors: no session.
vi.mock("next-auth", async (orig) => ({ ...(await orig<typeof import("next-auth")>()), getServerSession: async () => null }));

import "./setup";
import { NextRequest } from "next/server";
import { GET, OPTIONS } from "@/app/api/public/partners/route";
import { GET as getFile } from "@/app/api/files/[id]/route";
import { GET as widget } from "@/app/widget.js/route";
import { prisma } from "@/lib/db";
import { germanSortKey } from "@/lib/domain/sort-name";
import { loadPublicDirectory } from "@/lib/server/public/directory";
import { uniqueToken } from "./fixtures";

const token = uniqueToken("feed");
const ids: string[] = [];
let logoId = "";

type TOpts = { stage?: "CONTACTED" | "MET" | "AGREEMENT_SIGNED" | "PUBLISHED"; consent?: boolean; archived?: boolean; contact?: "consented" | "not-consented" | "other-partner" };

async function partner(label: string, o: TOpts = {}) {
  const name = `Zz ${label} ${token}`;
  const p = await prisma.partner.create({
    data: {
      name,
      sortName: germanSortKey(name),
      stage: o.stage ?? "PUBLISHED",
      archived: o.archived ?? false,
      fieldsOfWork: { create: [{ fieldOfWorkId: "COURSES" }, { fieldOfWorkId: "DIGITAL" }] },
      description: ["Erster Punkt", "  ", "Zweiter Punkt"],
      website: "https://www.example.org",
      email: "intern@example.org",
      phone: "030 999",
      notes: "interne Notiz",
      logoFileId: logoId,
      publicationConsentAt: o.consent === false ? null : new Date(),
    },
  });
  ids.push(p.id);
  if (o.contact) {
    const owner = o.contact === "other-partner" ? ids[0] : p.id;
    const c = await prisma.contactPerson.create({
      data: { partnerId: owner, name: `Person ${label}`, function: "Leitung", email: "person@example.org", phone: "030 111", publicConsent: o.contact !== "not-consented" },
    });
    await prisma.partner.update({ where: { id: p.id }, data: { publicContactId: c.id } });
  }
  return { id: p.id, name };
}

let shown: Awaited<ReturnType<typeof partner>>;
let withContact: Awaited<ReturnType<typeof partner>>;
let hiddenContact: Awaited<ReturnType<typeof partner>>;
let foreignContact: Awaited<ReturnType<typeof partner>>;

beforeAll(async () => {
  const logo = await prisma.storedFile.create({
    data: { purpose: "logo", contentType: "image/svg+xml", size: 10, sha256: crypto.randomBytes(32).toString("hex"), bytes: new Uint8Array(10) },
  });
  logoId = logo.id;
  shown = await partner("Sichtbar");
  withContact = await partner("MitKontakt", { contact: "consented" });
  hiddenContact = await partner("KontaktOhneZustimmung", { contact: "not-consented" });
  foreignContact = await partner("FremderKontakt", { contact: "other-partner" });
  await partner("OhneEinwilligung", { consent: false });
  await partner("Archiviert", { archived: true });
  await partner("NurUnterzeichnet", { stage: "AGREEMENT_SIGNED" });
  await partner("Kontaktiert", { stage: "CONTACTED" });
});

afterAll(async () => {
  await prisma.partner.updateMany({ where: { id: { in: ids } }, data: { publicContactId: null, logoFileId: null } });
  await prisma.contactPerson.deleteMany({ where: { partnerId: { in: ids } } });
  await prisma.partner.deleteMany({ where: { id: { in: ids } } });
  await prisma.storedFile.deleteMany({ where: { id: logoId } });
});

const get = (headers: Record<string, string> = {}) => GET(new NextRequest("http://localhost:3000/api/public/partners", { headers }));
type TFeed = { count: number; partners: { id: string; name: string; description: string[]; website: string | null; logoUrl: string | null; fieldsOfWork: { id: string; label: string }[]; contact: unknown }[] };
const mine = (feed: TFeed) => feed.partners.filter((p) => p.name.endsWith(token));

describe("the public directory", () => {
  it("lists only published, not archived partners with publication consent, in German sort order", async () => {
    const names = (await loadPublicDirectory()).filter((p) => p.name.endsWith(token)).map((p) => p.name);
    expect(names).toEqual([foreignContact.name, hiddenContact.name, withContact.name, shown.name].sort((a, b) => germanSortKey(a).localeCompare(germanSortKey(b))));
  });

  it("names a contact only when it is that partner's public contact and the person consented", async () => {
    const byId = new Map((await loadPublicDirectory()).map((p) => [p.id, p]));
    expect(byId.get(withContact.id)?.contact).toEqual({ name: "Person MitKontakt", function: "Leitung", email: "person@example.org", phone: "030 111" });
    expect(byId.get(hiddenContact.id)?.contact).toBeNull();
    expect(byId.get(foreignContact.id)?.contact).toBeNull();
    expect(byId.get(shown.id)?.contact).toBeNull();
  });
});

describe("GET /api/public/partners", () => {
  it("answers JSON with CORS and cache headers, approved fields only, absolute logo URLs", async () => {
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(res.headers.get("cache-control")).toBe("public, no-cache");
    expect(res.headers.get("etag")).toMatch(/^"[\w-]{20,}"$/);
    const feed = (await res.json()) as TFeed;
    expect(feed.count).toBe(feed.partners.length);
    expect(mine(feed).map((p) => p.id).sort()).toEqual([shown.id, withContact.id, hiddenContact.id, foreignContact.id].sort());
    const p = mine(feed).find((x) => x.id === shown.id)!;
    expect(p).toEqual({
      id: shown.id,
      name: shown.name,
      description: ["Erster Punkt", "Zweiter Punkt"],
      website: "https://www.example.org",
      logoUrl: expect.stringMatching(new RegExp(`^https?://[^/]+/api/files/${logoId}$`)),
      fieldsOfWork: [
        { id: "COURSES", label: "Kurse" },
        { id: "DIGITAL", label: "Digitale Grundbildung" },
      ],
      contact: null,
    });
    // Internal data never leaves: no e-mail, phone or notes of the organisation.
    expect(JSON.stringify(feed)).not.toMatch(/intern@example\.org|interne Notiz|030 999/);
  });

  it("answers 304 without a body to a matching If-None-Match, and 200 again once the data changed", async () => {
    const first = await get();
    const etag = first.headers.get("etag")!;
    const again = await get({ "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("access-control-allow-origin")).toBe("*");
    expect((await get({ "if-none-match": `W/${etag}, "other"` })).status).toBe(304);
    expect((await get({ "if-none-match": '"something-else"' })).status).toBe(200);

    // Unpublishing changes the body, so the old ETag no longer matches.
    await prisma.partner.update({ where: { id: shown.id }, data: { stage: "AGREEMENT_SIGNED" } });
    const changed = await get({ "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect(mine((await changed.json()) as TFeed).map((p) => p.id)).not.toContain(shown.id);
    await prisma.partner.update({ where: { id: shown.id }, data: { stage: "PUBLISHED" } });
  });

  it("answers a CORS preflight", async () => {
    const res = OPTIONS();
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-headers")).toContain("If-None-Match");
  });
});

describe("GET /widget.js", () => {
  it("serves JavaScript that reads the feed from its own origin and builds the list without innerHTML", async () => {
    const res = widget();
    expect(res.headers.get("content-type")).toContain("text/javascript");
    const js = await res.text();
    expect(js).toContain("/api/public/partners");
    expect(js).toContain("Partner des Alpha-Bündnisses Berlin Mitte");
    expect(js).not.toContain("innerHTML");
    expect(() => new Function(js)).not.toThrow();
  });
});

describe("withdrawn consent is honoured at once", () => {
  const file = (headers: Record<string, string> = {}) =>
    getFile(new NextRequest(`http://localhost:3000/api/files/${logoId}`, { headers }), { params: Promise.resolve({ id: logoId }) });

  it("serves a public logo with no-cache and an ETag, and 404 the moment consent is withdrawn", async () => {
    const before = await file();
    expect(before.status).toBe(200);
    expect(before.headers.get("cache-control")).toBe("public, no-cache");
    const etag = before.headers.get("etag")!;
    expect((await file({ "if-none-match": etag })).status).toBe(304);

    // Every partner using this logo withdraws its consent (the feed's and the directory's
    // data come from PostgreSQL on each request, so nothing cached can still show it).
    await prisma.partner.updateMany({ where: { id: { in: ids } }, data: { publicationConsentAt: null } });
    try {
      const after = await file({ "if-none-match": etag });
      expect(after.status).toBe(404);
      expect(after.headers.get("cache-control")).toBe("no-store");
      const feed = (await (await get()).json()) as TFeed;
      expect(mine(feed)).toEqual([]);
      expect((await loadPublicDirectory()).filter((p) => p.name.endsWith(token))).toEqual([]);
    } finally {
      await prisma.partner.updateMany({ where: { id: { in: ids } }, data: { publicationConsentAt: new Date() } });
    }
  });
});
