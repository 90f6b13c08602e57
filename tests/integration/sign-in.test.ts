// Credentials sign-in through next-auth's real authorize() and callbacks: progressive
// slowdown instead of a lockout, and sessions that can be ended.
import crypto from "node:crypto";
import type { JWT } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { loadActor } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { changePassword, signOutEverywhere } from "@/lib/server/users/account";
import { setUserActive } from "@/lib/server/users/manage-users";
import { requestPasswordReset, resetPassword } from "@/lib/server/users/password-reset";
import { SIGN_IN_THROTTLE } from "@/lib/server/sign-in-throttle";
import { cleanupCreated, createActor, expectAppError } from "./fixtures";

type TAuthorize = (creds: Record<string, string>, req: { headers: Record<string, string> }) => Promise<{ id: string; email: string; name: string } | null>;
const credentials = authOptions.providers.find((p) => p.id === "credentials") as unknown as { options: { authorize: TAuthorize } };
const authorize = credentials.options.authorize;
const callbacks = authOptions.callbacks as unknown as {
  jwt: (a: { token: JWT; user?: { id: string } }) => Promise<JWT>;
  session: (a: { session: { user: Record<string, unknown>; expires: string }; token: JWT }) => { user: { id?: string; sv?: number } };
};
const signOutEvent = authOptions.events!.signOut as unknown as (m: { token: JWT; session: null }) => Promise<void>;

const PASSWORD = "Ein-sicheres-Passwort-2026";
const run = crypto.randomBytes(4).toString("hex");
// Our app server sets the peer header (lib/server/client-ip.ts); without it every request is "unknown".
const ipOf = (n: number | string) => ({ headers: { "x-forwarded-for": `198.51.100.${n}-${run}`, "x-crm-peer-address": `198.51.100.${n}-${run}` } });
const userIds: string[] = [];

async function newUser(prefix: string, over: { active?: boolean } = {}) {
  const email = `${prefix}-${run}-${crypto.randomBytes(3).toString("hex")}@test.example`;
  const user = await prisma.user.create({ data: { email, name: "Rita Limit", passwordHash: await hashPassword(PASSWORD), roles: ["COORDINATOR"], ...over } });
  userIds.push(user.id);
  return user;
}

/** Lets the last failure of `key` lie `ms` in the past, as if the user had waited. */
const wait = (key: string, ms: number) => prisma.rateLimit.updateMany({ where: { key }, data: { lastHitAt: new Date(Date.now() - ms) } });

/** A session as next-auth builds it at sign-in: authorize → jwt callback → session callback. */
async function signIn(email: string, password = PASSWORD, ip = ipOf(1)) {
  const user = await authorize({ email, password }, ip);
  if (!user) throw new Error("sign-in refused");
  const token = await callbacks.jwt({ token: { sub: user.id }, user });
  return { token, user: callbacks.session({ session: { user: {}, expires: "" }, token }).user };
}

beforeAll(async () => {
  await prisma.rateLimit.deleteMany({ where: { key: { contains: run } } });
});

afterAll(async () => {
  await prisma.rateLimit.deleteMany({ where: { key: { contains: run } } });
  await prisma.auditEvent.deleteMany({ where: { actorId: { in: userIds } } });
  await prisma.outboxMail.deleteMany({ where: { to: { contains: run } } });
  await prisma.authToken.deleteMany({ where: { email: { contains: run } } });
  await prisma.user.deleteMany({ where: { id: { in: userIds } } });
  await cleanupCreated();
});

describe("credentials sign-in", () => {
  it("accepts the right password and refuses a wrong one or an unknown account", async () => {
    const user = await newUser("ok");
    await expect(authorize({ email: user.email, password: PASSWORD }, ipOf(2))).resolves.toMatchObject({ email: user.email });
    await expect(authorize({ email: user.email, password: "falsch-falsch" }, ipOf(2))).resolves.toBeNull();
    await expect(authorize({ email: `nobody-${run}@test.example`, password: PASSWORD }, ipOf(2))).resolves.toBeNull();
  });

  it("refuses deactivated accounts", async () => {
    const user = await newUser("inactive", { active: false });
    await expect(authorize({ email: user.email, password: PASSWORD }, ipOf(3))).resolves.toBeNull();
  });

  it("slows an account down after 5 failures instead of locking it: after the wait the owner gets in", async () => {
    const user = await newUser("slow");
    const key = `signin:account:${user.email}`;
    for (let i = 0; i < SIGN_IN_THROTTLE.accountFree; i++) {
      // A different IP each time: the per-account slowdown alone must trigger.
      await expect(authorize({ email: user.email, password: `wrong-${i}-password` }, ipOf(`10${i}`))).resolves.toBeNull();
    }
    // Right now even the right password must wait (1 s) …
    await expect(authorize({ email: user.email, password: PASSWORD }, ipOf(120))).rejects.toThrow("RATE_LIMITED");
    // … and once the wait is over it works, with no 15-minute lock.
    await wait(key, 1_100);
    await expect(authorize({ email: user.email, password: PASSWORD }, ipOf(120))).resolves.toMatchObject({ email: user.email });
    expect(await prisma.rateLimit.count({ where: { key } })).toBe(0);
  });

  it("doubles the wait with every further failure, capped at a minute, so nobody can lock out an account", async () => {
    const user = await newUser("attacked");
    const key = `signin:account:${user.email}`;
    // An attacker's 30 failures, each after its wait.
    for (let i = 0; i < 30; i++) {
      await wait(key, 60_000);
      await expect(authorize({ email: user.email, password: `guess-${i}-password` }, ipOf(`2${i}`))).resolves.toBeNull();
    }
    await wait(key, 30_000);
    await expect(authorize({ email: user.email, password: PASSWORD }, ipOf(140))).rejects.toThrow("RATE_LIMITED");
    await wait(key, 60_001);
    await expect(authorize({ email: user.email, password: PASSWORD }, ipOf(140))).resolves.toMatchObject({ email: user.email });
  });

  it("slows one IP down that tries many accounts, not other IPs", async () => {
    const ip = ipOf(200);
    for (let i = 0; i < SIGN_IN_THROTTLE.ipFree; i++) await authorize({ email: `nobody-${i}-${run}@test.example`, password: "irgendwas-123" }, ip);
    const user = await newUser("shared-ip");
    await expect(authorize({ email: user.email, password: PASSWORD }, ip)).rejects.toThrow("RATE_LIMITED");
    await expect(authorize({ email: user.email, password: PASSWORD }, ipOf(201))).resolves.toMatchObject({ email: user.email });
    await wait(`signin:ip:${ip.headers["x-forwarded-for"]}`, 1_100);
    await expect(authorize({ email: user.email, password: PASSWORD }, ip)).resolves.toMatchObject({ email: user.email });
  });
});

describe("sessions can be ended", () => {
  it("a session is valid until the user signs out; signing out ends the copied cookie too", async () => {
    const user = await newUser("signout");
    const a = await signIn(user.email);
    const b = await signIn(user.email);
    expect(await loadActor(a.user)).toMatchObject({ id: user.id });
    await signOutEvent({ token: a.token, session: null });
    expect(await loadActor(a.user)).toBeNull();
    expect(await loadActor(b.user)).toBeNull();
    // A new sign-in works again.
    expect(await loadActor((await signIn(user.email)).user)).toMatchObject({ id: user.id });
  });

  it("a password reset ends older sessions", async () => {
    const user = await newUser("reset");
    const old = await signIn(user.email);
    await requestPasswordReset(user.email);
    const mail = await prisma.outboxMail.findFirstOrThrow({ where: { to: user.email }, orderBy: { createdAt: "desc" } });
    const token = /token=([\w-]+)/.exec(mail.text)![1];
    await resetPassword({ token, password: "Neues-Passwort-Kaktus-7", passwordRepeat: "Neues-Passwort-Kaktus-7" });
    expect(await loadActor(old.user)).toBeNull();
    expect(await loadActor((await signIn(user.email, "Neues-Passwort-Kaktus-7")).user)).toMatchObject({ id: user.id });
  });

  it("deactivation ends sessions for good: reactivating does not revive them", async () => {
    const admin = await createActor(["ADMIN", "COORDINATOR"]);
    const user = await newUser("deact");
    const old = await signIn(user.email);
    await setUserActive({ actor: admin, userId: user.id, active: false });
    await setUserActive({ actor: admin, userId: user.id, active: true });
    expect(await loadActor(old.user)).toBeNull();
  });

  it("a password change and 'sign out everywhere' end every session, audited", async () => {
    const user = await newUser("change");
    const first = await signIn(user.email);
    const actor = (await loadActor(first.user))!;
    await expectAppError(changePassword({ actor, data: { currentPassword: "falsch-falsch-falsch", password: "Kaktus-Fahrrad-Nebel", passwordRepeat: "Kaktus-Fahrrad-Nebel" } }), "VALIDATION");
    const weak = await expectAppError(changePassword({ actor, data: { currentPassword: PASSWORD, password: "password1234", passwordRepeat: "password1234" } }), "VALIDATION");
    expect(weak.details?.fieldErrors).toEqual({ password: "validation.passwordWeak" });
    expect(await loadActor(first.user)).not.toBeNull();

    await changePassword({ actor, data: { currentPassword: PASSWORD, password: "Kaktus-Fahrrad-Nebel", passwordRepeat: "Kaktus-Fahrrad-Nebel" } });
    expect(await loadActor(first.user)).toBeNull();
    await expect(authorize({ email: user.email, password: PASSWORD }, ipOf(150))).resolves.toBeNull();

    const second = await signIn(user.email, "Kaktus-Fahrrad-Nebel", ipOf(151));
    await signOutEverywhere({ actor: (await loadActor(second.user))! });
    expect(await loadActor(second.user)).toBeNull();
    expect(await prisma.auditEvent.findMany({ where: { entityId: user.id, action: { in: ["user.passwordChanged", "user.sessionsEnded"] } }, select: { action: true } })).toHaveLength(2);
  });

  it("sessions from before session generations (no claim) count as generation 0", async () => {
    const user = await newUser("legacy");
    expect(await loadActor({ id: user.id })).toMatchObject({ id: user.id });
    await signOutEverywhere({ actor: (await loadActor({ id: user.id }))! });
    expect(await loadActor({ id: user.id })).toBeNull();
  });
});
