import { beforeAll, describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db";

type TAuthorize = (creds: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const credentials = authOptions.providers.find((p) => p.id === "credentials") as unknown as { options: { authorize: TAuthorize } };
const authorize = credentials.options.authorize;

const email = `ratelimit-${Date.now()}@test.example`;
const PASSWORD = "Ein-sicheres-Passwort-2026";

beforeAll(async () => {
  await prisma.user.create({ data: { email, name: "Rita Limit", passwordHash: await hashPassword(PASSWORD), roles: ["COORDINATOR"] } });
});

describe("credentials sign-in", () => {
  it("accepts the right password and refuses a wrong one", async () => {
    const ip = { headers: { "x-forwarded-for": "198.51.100.1" } };
    await expect(authorize({ email, password: PASSWORD }, ip)).resolves.toMatchObject({ email });
    await expect(authorize({ email, password: "falsch-falsch" }, ip)).resolves.toBeNull();
  });

  it("locks an account after 5 failures in 15 minutes, even for the right password", async () => {
    const email = `locked-${Date.now()}@test.example`;
    await prisma.user.create({ data: { email, name: "Lotte Lock", passwordHash: await hashPassword(PASSWORD), roles: ["COORDINATOR"] } });
    for (let i = 0; i < 5; i++) {
      // A different IP each time: the per-account limit alone must trigger.
      await expect(authorize({ email, password: `wrong-${i}-password` }, { headers: { "x-forwarded-for": `198.51.100.${10 + i}` } })).resolves.toBeNull();
    }
    await expect(authorize({ email, password: PASSWORD }, { headers: { "x-forwarded-for": "198.51.100.99" } })).rejects.toThrow("RATE_LIMITED");
  });

  it("limits one IP trying many accounts", async () => {
    const ip = { headers: { "x-forwarded-for": "203.0.113.200" } };
    for (let i = 0; i < 20; i++) await authorize({ email: `nobody-${i}@test.example`, password: "irgendwas-123" }, ip);
    await expect(authorize({ email: "koordination@buendnis.example", password: "Demo-2026!" }, ip)).rejects.toThrow("RATE_LIMITED");
  });

  it("refuses deactivated accounts", async () => {
    const other = `inactive-${Date.now()}@test.example`;
    await prisma.user.create({ data: { email: other, name: "Ina Aktiv", passwordHash: await hashPassword(PASSWORD), roles: ["COORDINATOR"], active: false } });
    await expect(authorize({ email: other, password: PASSWORD }, { headers: { "x-forwarded-for": "192.0.2.50" } })).resolves.toBeNull();
  });
});
