// Every server action and API route, called as anonymous, partner A, partner B,
// a coordinator and an admin. A new action or route that is not listed here
// fails this test, and so does one whose role check is missing.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { session } from "./session-mock";

vi.mock("next-auth", async (orig) => ({
  ...(await orig<typeof import("next-auth")>()),
  getServerSession: (await import("./session-mock")).getServerSession,
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, unstable_cache: <T>(fn: T) => fn }));

import { prisma } from "@/lib/db";

type TWho = "anonymous" | "partnerA" | "partnerB" | "coordinator" | "admin";
const WHO: TWho[] = ["anonymous", "partnerA", "partnerB", "coordinator", "admin"];
type TRule = "public" | "signedIn" | "partner" | "coordinator" | "admin";

const allowed: Record<TRule, TWho[]> = {
  public: WHO,
  signedIn: ["partnerA", "partnerB", "coordinator", "admin"],
  partner: ["partnerA", "partnerB"],
  coordinator: ["coordinator", "admin"],
  admin: ["admin"],
};

/** Who may call each exported server action (file:export). */
const ACTIONS: Record<string, TRule> = {
  "account/change-password:changePasswordAction": "signedIn",
  "account/sign-out-everywhere:signOutEverywhereAction": "signedIn",
  "activities/log-activity:logActivityAction": "coordinator",
  "agreements/coordinator:countersignAction": "coordinator",
  "agreements/coordinator:generateAgreementAction": "coordinator",
  "agreements/coordinator:remindAgreementAction": "coordinator",
  "agreements/coordinator:revokeAgreementAction": "coordinator",
  "agreements/coordinator:sendAgreementAction": "coordinator",
  "agreements/partner:declineAgreementAction": "partner",
  "agreements/partner:partnerSignAction": "partner",
  "agreements/sign-link:signWithLinkAction": "public",
  "agreements/values:saveValuesAction": "coordinator",
  "board/load-column:loadColumnAction": "coordinator",
  "board/move-stage:moveStageAction": "coordinator",
  "feedback/coordinator:coordinatorReplyAction": "coordinator",
  "feedback/coordinator:setFeedbackStatusAction": "coordinator",
  "feedback/partner:createFeedbackAction": "partner",
  "feedback/partner:partnerReplyAction": "partner",
  "contacts/save-contact:addContactAction": "coordinator",
  "contacts/save-contact:updateContactAction": "coordinator",
  "contacts/save-contact:setPrimaryContactAction": "coordinator",
  "partners/archive-partner:archivePartnerAction": "coordinator",
  "partners/archive-partner:restorePartnerAction": "coordinator",
  "partners/create-partner:createPartnerAction": "coordinator",
  "partners/update-partner:updatePartnerAction": "coordinator",
  "partners/set-owner:setOwnerAction": "coordinator",
  "partners/set-owner:setOwnersAction": "coordinator",
  "tasks/tasks:createTaskAction": "coordinator",
  "notifications/notifications:markNotificationReadAction": "coordinator",
  "notifications/notifications:markAllNotificationsReadAction": "coordinator",
  "notifications/notifications:saveNotifySettingsAction": "coordinator",
  "tasks/tasks:updateTaskAction": "coordinator",
  "tasks/tasks:completeTaskAction": "coordinator",
  "tasks/tasks:reopenTaskAction": "coordinator",
  "portal/save-contact:portalAddContactAction": "partner",
  "portal/save-contact:portalUpdateContactAction": "partner",
  "portal/set-consent:setConsentAction": "partner",
  "portal/submit-profile:submitProfileAction": "partner",
  "portal/update-contact-data:updateContactDataAction": "partner",
  "public/join:startJoinFormAction": "public",
  "public/join:submitJoinAction": "public",
  "reviews/review-draft:reviewDraftAction": "coordinator",
  "settings/fields-of-work:createFieldOfWorkAction": "coordinator",
  "settings/fields-of-work:updateFieldOfWorkAction": "coordinator",
  "settings/join-page:previewJoinPageAction": "coordinator",
  "settings/join-page:saveJoinPageAction": "coordinator",
  "users/accept-invite:acceptInviteAction": "public",
  "users/invite-user:inviteUserAction": "coordinator",
  "users/manage-users:setUserActiveAction": "admin",
  "users/manage-users:setUserRolesAction": "admin",
  "users/password-reset:requestResetAction": "public",
  "users/password-reset:resetPasswordAction": "public",
  "users/setup-admin:setupAdminAction": "public",
};

/** API route handlers (path:method) and who gets past authentication. */
const ROUTES: Record<string, TRule | "scoped"> = {
  "api/health:GET": "public",
  "api/agreements/documents/[docId]:GET": "scoped",
  "api/agreements/[id]/paper:POST": "coordinator",
  "api/verify:POST": "public",
  "api/sign/[token]/document:GET": "public",
  "api/public/accession-form.pdf:GET": "public",
  "api/public/partners:GET": "public",
  "widget.js:GET": "public",
  "api/partners/[id]/accession-form:GET": "coordinator",
  "api/partners/export:GET": "coordinator",
  "api/portal/logo:POST": "partner",
  "api/files/[id]:GET": "scoped",
};

const users: Record<TWho, string | null> = { anonymous: null, partnerA: null, partnerB: null, coordinator: null, admin: null };

beforeAll(async () => {
  const byEmail = async (email: string) => (await prisma.user.findUniqueOrThrow({ where: { email } })).id;
  users.partnerA = await byEmail("kontakt@vhs-mitte.example");
  users.partnerB = await byEmail("kontakt@lesewerkstatt.example");
  users.coordinator = await byEmail("mitarbeit@buendnis.example");
  users.admin = await byEmail("koordination@buendnis.example");
});

function walk(dir: string, match: (f: string) => boolean): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p, match) : match(p) ? [p] : [];
  });
}

async function discoverActions() {
  const root = path.resolve("lib/actions");
  const found: { key: string; fn: (input: unknown) => Promise<{ ok: boolean; code?: string }> }[] = [];
  for (const file of walk(root, (f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
    // The directive may follow comments and use either quote style.
    const src = fs.readFileSync(file, "utf8").replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
    if (!/^["']use server["']/.test(src)) continue;
    const mod = await import(file);
    const rel = path.relative(root, file).replace(/\.ts$/, "");
    for (const [name, fn] of Object.entries(mod)) if (typeof fn === "function") found.push({ key: `${rel}:${name}`, fn: fn as never });
  }
  return found;
}

describe("server actions", () => {
  it("every action is listed in the matrix (add new ones with their rule)", async () => {
    const keys = (await discoverActions()).map((a) => a.key).sort();
    expect(keys).toEqual(Object.keys(ACTIONS).sort());
  });

  it("refuses everyone outside the allowed roles, before touching the input", async () => {
    const actions = await discoverActions();
    for (const action of actions) {
      const rule = ACTIONS[action.key];
      for (const who of WHO) {
        session.userId = users[who];
        const result = await action.fn({});
        const refused = result.ok === false && (result.code === "UNAUTHENTICATED" || result.code === "FORBIDDEN");
        expect(refused, `${action.key} as ${who}: ${JSON.stringify(result)}`).toBe(!allowed[rule].includes(who));
      }
    }
  });
});

describe("partner scope", () => {
  /** Partner B's rows that partner A must not reach, created fresh for each test. */
  async function rowsOfB() {
    const userB = await prisma.user.findUniqueOrThrow({ where: { email: "kontakt@lesewerkstatt.example" } });
    const partnerB = userB.partnerId!;
    const feedback = await prisma.feedback.create({
      data: { partnerId: partnerB, kind: "PROBLEM", title: "Nur für B", createdById: userB.id, messages: { create: { authorId: userB.id, body: "Erste Nachricht von B" } } },
    });
    const agreement = await prisma.agreement.create({ data: { partnerId: partnerB, status: "SENT", sentAt: new Date() } });
    const logo = await prisma.storedFile.create({
      data: { partnerId: partnerB, purpose: "logo", contentType: "image/png", size: 1, sha256: "b".repeat(64), bytes: new Uint8Array([1]) },
    });
    return { partnerB, feedback, agreement, logo };
  }

  it("partner A cannot reply to, sign, decline or reuse the files of partner B", async () => {
    const { partnerReplyAction } = await import("@/lib/actions/feedback/partner");
    const { partnerSignAction, declineAgreementAction } = await import("@/lib/actions/agreements/partner");
    const { submitProfileAction } = await import("@/lib/actions/portal/submit-profile");
    const b = await rowsOfB();
    session.userId = users.partnerA;
    try {
      const reply = await partnerReplyAction({ feedbackId: b.feedback.id, body: "Von A eingeschleust" });
      expect(reply.ok, "reply to B's feedback").toBe(false);
      expect(await prisma.feedbackMessage.count({ where: { feedbackId: b.feedback.id } })).toBe(1);

      const sign = await partnerSignAction({
        agreementId: b.agreement.id, version: b.agreement.version, name: "A", function: "Leitung", authorised: true, documentSha256: "0".repeat(64),
      });
      expect(sign.ok, "sign B's agreement").toBe(false);
      const decline = await declineAgreementAction({ agreementId: b.agreement.id, version: b.agreement.version, reason: "" });
      expect(decline.ok, "decline B's agreement").toBe(false);
      expect((await prisma.agreement.findUniqueOrThrow({ where: { id: b.agreement.id } })).status).toBe("SENT");
      expect(await prisma.signature.count({ where: { agreementId: b.agreement.id } })).toBe(0);

      const partnerA = (await prisma.user.findUniqueOrThrow({ where: { id: users.partnerA! } })).partnerId!;
      const draftsBefore = await prisma.profileDraft.count({ where: { partnerId: partnerA } });
      const draft = await submitProfileAction({ description: ["Mit fremdem Logo"], website: "", logoFileId: b.logo.id });
      expect(draft.ok, "use B's logo in A's draft").toBe(false);
      expect(await prisma.profileDraft.count({ where: { partnerId: partnerA } })).toBe(draftsBefore);
    } finally {
      await prisma.feedbackMessage.deleteMany({ where: { feedbackId: b.feedback.id } });
      await prisma.feedback.delete({ where: { id: b.feedback.id } });
      await prisma.agreement.delete({ where: { id: b.agreement.id } });
      await prisma.storedFile.delete({ where: { id: b.logo.id } });
    }
  });


  it("partner A cannot change partner B's contact person through the portal", async () => {
    const { portalUpdateContactAction } = await import("@/lib/actions/portal/save-contact");
    const partnerB = await prisma.user.findUniqueOrThrow({ where: { email: "kontakt@lesewerkstatt.example" } });
    const contact = await prisma.contactPerson.findFirstOrThrow({ where: { partnerId: partnerB.partnerId! } });
    session.userId = users.partnerA;
    const result = await portalUpdateContactAction({
      id: contact.id, version: contact.version, partnerId: partnerB.partnerId!, name: "Übernommen", function: "", email: "", phone: "", isPrimary: true, publicConsent: true,
    });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await prisma.contactPerson.findUniqueOrThrow({ where: { id: contact.id } })).name).toBe(contact.name);
  });
});

describe("account rules inside the handlers", () => {
  const STRONG = "Lindenblüte-Kanal-Brücke-2026";

  it("a coordinator without the admin role cannot invite an admin or a coordinator", async () => {
    const { inviteUserAction } = await import("@/lib/actions/users/invite-user");
    session.userId = users.coordinator;
    const email = `neu-${Date.now()}@test.example`;
    for (const admin of [true, false]) {
      const result = await inviteUserAction({ email, kind: "COORDINATOR", admin });
      expect(result, `invite coordinator (admin: ${admin})`).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await prisma.authToken.count({ where: { email } })).toBe(0);
  });

  it("the last active admin can neither lose the admin role nor be deactivated", async () => {
    const { setUserActiveAction, setUserRolesAction } = await import("@/lib/actions/users/manage-users");
    const others = await prisma.user.findMany({ where: { active: true, roles: { has: "ADMIN" }, NOT: { id: users.admin! } }, select: { id: true } });
    await prisma.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { active: false } });
    try {
      session.userId = users.admin;
      expect(await setUserRolesAction({ userId: users.admin!, roles: ["COORDINATOR"] })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await setUserActiveAction({ userId: users.admin!, active: false })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      const me = await prisma.user.findUniqueOrThrow({ where: { id: users.admin! } });
      expect(me.active).toBe(true);
      expect(me.roles).toContain("ADMIN");
    } finally {
      await prisma.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { active: true } });
    }
  });

  it("setup and password reset refuse made-up tokens and change nothing", async () => {
    const { setupAdminAction } = await import("@/lib/actions/users/setup-admin");
    const { resetPasswordAction } = await import("@/lib/actions/users/password-reset");
    session.userId = null;
    const usersBefore = await prisma.user.count();
    const setup = await setupAdminAction({ token: "erfunden-erfunden-erfunden", name: "Eindringling", email: "evil@test.example", password: STRONG, passwordRepeat: STRONG });
    expect(setup.ok).toBe(false);
    expect(await prisma.user.count()).toBe(usersBefore);
    const hashBefore = (await prisma.user.findUniqueOrThrow({ where: { id: users.admin! } })).passwordHash;
    const reset = await resetPasswordAction({ token: "erfunden-erfunden-erfunden", password: STRONG, passwordRepeat: STRONG });
    expect(reset.ok).toBe(false);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: users.admin! } })).passwordHash).toBe(hashBefore);
  });
});

describe("API routes", () => {
  it("every route handler is listed in the matrix", () => {
    const root = path.resolve("app");
    const keys = walk(root, (f) => f.endsWith("route.ts"))
      .filter((f) => !f.includes("[...nextauth]"))
      .flatMap((f) => {
        const src = fs.readFileSync(f, "utf8");
        const rel = path.relative(root, path.dirname(f));
        // `export async function GET`, `export const GET = …` and `export { handler as GET }`.
        const exported = (m: string) =>
          new RegExp(`export\\s+(async\\s+)?function\\s+${m}\\b|export\\s+const\\s+${m}\\b|export\\s*\\{[^}]*\\bas\\s+${m}\\b`).test(src);
        return ["GET", "POST", "PUT", "PATCH", "DELETE"].filter(exported).map((m) => `${rel}:${m}`);
      })
      .sort();
    expect(keys).toEqual(Object.keys(ROUTES).sort());
  });

  it("answers 401/403 outside the allowed roles", async () => {
    const { GET: exportCsv } = await import("@/app/api/partners/export/route");
    const { POST: uploadLogo } = await import("@/app/api/portal/logo/route");
    const { POST: uploadPaper } = await import("@/app/api/agreements/[id]/paper/route");
    const { GET: accessionForm } = await import("@/app/api/partners/[id]/accession-form/route");
    const { NextRequest } = await import("next/server");
    for (const who of WHO) {
      session.userId = users[who];
      const res = await exportCsv(new NextRequest("http://localhost/api/partners/export"));
      expect(res.status, `export as ${who}`).toBe(allowed.coordinator.includes(who) ? 200 : who === "anonymous" ? 401 : 403);
      const form = new FormData();
      form.set("logo", new File([new Uint8Array(0)], "empty.png"));
      const up = await uploadLogo(new NextRequest("http://localhost/api/portal/logo", { method: "POST", body: form }));
      // Partners get past the check and are refused for the empty file (400); others never get that far.
      expect(up.status, `logo upload as ${who}`).toBe(allowed.partner.includes(who) ? 400 : who === "anonymous" ? 401 : 403);
      const paper = await uploadPaper(new NextRequest("http://localhost/api/agreements/x/paper", { method: "POST", body: new FormData() }), { params: Promise.resolve({ id: "x" }) });
      expect(paper.status, `paper upload as ${who}`).toBe(allowed.coordinator.includes(who) ? 400 : who === "anonymous" ? 401 : 403);
      const form2 = await accessionForm(new NextRequest("http://localhost/api/partners/x/accession-form"), { params: Promise.resolve({ id: "does-not-exist" }) });
      expect(form2.status, `pre-filled accession form as ${who}`).toBe(allowed.coordinator.includes(who) ? 404 : who === "anonymous" ? 401 : 403);
    }
  });

  it("serves a partner's unpublished logo only to that partner and to coordinators", async () => {
    const { GET: getFile } = await import("@/app/api/files/[id]/route");
    const { NextRequest } = await import("next/server");
    const partnerA = await prisma.user.findUniqueOrThrow({ where: { email: "kontakt@vhs-mitte.example" } });
    const file = await prisma.storedFile.create({
      data: { partnerId: partnerA.partnerId, purpose: "logo", contentType: "image/png", size: 1, sha256: "x".repeat(64), bytes: new Uint8Array([1]) },
    });
    const expected: Record<TWho, number> = { anonymous: 404, partnerA: 200, partnerB: 404, coordinator: 200, admin: 200 };
    for (const who of WHO) {
      session.userId = users[who];
      const res = await getFile(new NextRequest(`http://localhost/api/files/${file.id}`), { params: Promise.resolve({ id: file.id }) });
      expect(res.status, `file as ${who}`).toBe(expected[who]);
    }
  });
});
