// Small helpers for the integration tests. Every test creates its own rows with
// unique names (the database also holds demo data) and removes them afterwards.
import crypto from "node:crypto";
import { expect } from "vitest";
import "./setup";
import { prisma } from "@/lib/db";
import type { TActor } from "@/lib/auth/session";
import { AppError, type TErrorCode } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { createPartner } from "@/lib/server/partners/create-partner";
import type { TPartnerInput } from "@/lib/validations/partner";

const created = { partners: new Set<string>(), users: new Set<string>() };

/** A short lowercase token that makes names unique and searchable (germanSortKey leaves it as is). */
export const uniqueToken = (prefix = "t") => `${prefix}${crypto.randomBytes(5).toString("hex")}`;

/** A real User row to act as. */
export async function createActor(roles: Role[] = ["COORDINATOR"], name = "Test Koordination"): Promise<TActor> {
  const token = uniqueToken("u");
  const user = await prisma.user.create({ data: { email: `${token}@test.example`, name, roles } });
  created.users.add(user.id);
  return { id: user.id, email: user.email, name: user.name, roles: user.roles, partnerId: null };
}

/** An actor whose user does not exist: audit rows referencing it violate the foreign key. */
export const ghostActor = (): TActor => ({ id: `ghost-${uniqueToken()}`, email: "ghost@test.example", name: "Ghost", roles: ["COORDINATOR"], partnerId: null });

export function partnerInput(over: Partial<TPartnerInput> = {}): TPartnerInput {
  return {
    kind: "ORGANISATION",
    name: `Zz-Test ${uniqueToken()}`,
    fieldsOfWork: ["COURSES"],
    circle: "EXTENDED",
    street: "",
    postalCode: "",
    city: "Berlin",
    website: "",
    email: "",
    phone: "",
    notes: "",
    ...over,
  };
}

/** Creates a partner through the real domain function and remembers it for clean-up. */
export async function newPartner(actor: TActor, over: Partial<TPartnerInput> = {}) {
  const partner = await createPartner({ actor, data: partnerInput(over) });
  created.partners.add(partner.id);
  return partner;
}

/** Remembers rows created without the fixtures (e.g. createMany) for clean-up. */
export const trackPartners = (ids: string[]) => ids.forEach((id) => created.partners.add(id));

export const auditCount = (partnerId: string, action?: string) =>
  prisma.auditEvent.count({ where: { entity: "Partner", entityId: partnerId, ...(action ? { action } : {}) } });

/** Awaits a promise that must reject with AppError(code); returns the error. */
export async function expectAppError(promise: Promise<unknown>, code: TErrorCode): Promise<AppError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, `expected AppError ${code}, got a result`).not.toBeNull();
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
  return err as AppError;
}

/** Removes everything the fixtures created (tests add data to a shared database). */
export async function cleanupCreated() {
  const partnerIds = [...created.partners];
  const userIds = [...created.users];
  for (let i = 0; i < partnerIds.length; i += 500) {
    const ids = partnerIds.slice(i, i + 500);
    await prisma.$transaction([
      prisma.task.deleteMany({ where: { partnerId: { in: ids } } }),
      prisma.auditEvent.deleteMany({ where: { entity: "Partner", entityId: { in: ids } } }),
      prisma.stageChange.deleteMany({ where: { partnerId: { in: ids } } }),
      prisma.activity.deleteMany({ where: { partnerId: { in: ids } } }),
      prisma.contactPerson.deleteMany({ where: { partnerId: { in: ids } } }),
      prisma.partner.deleteMany({ where: { id: { in: ids } } }),
    ]);
  }
  if (userIds.length) {
    // Automatic tasks go to every coordinator, test actors included.
    await prisma.task.deleteMany({ where: { assigneeId: { in: userIds } } });
    await prisma.notification.deleteMany({ where: { userId: { in: userIds } } });
    await prisma.auditEvent.deleteMany({ where: { actorId: { in: userIds } } });
    await prisma.idempotencyKey.deleteMany({ where: { actorId: { in: userIds } } });
    await prisma.user.deleteMany({ where: { id: { in: userIds } } });
  }
  created.partners.clear();
  created.users.clear();
}
