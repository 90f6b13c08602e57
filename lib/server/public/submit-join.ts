import "server-only";
import { prisma, type Tx } from "@/lib/db";
import { germanSortKey } from "@/lib/domain/sort-name";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { createTranslator } from "@/lib/i18n/translate";
import { writeAudit } from "@/lib/server/audit";
import { assertFieldsOfWork, fieldLabels } from "@/lib/server/fields-of-work/queries";
import { onJoinRequest } from "@/lib/server/tasks/hooks";
import { notifyCoordinators as mailCoordinators } from "@/lib/server/mail/notify";
import { hitRateLimit } from "@/lib/server/rate-limit";
import { emptyToNull } from "@/lib/validations/common";
import type { TJoinRequest } from "@/lib/validations/join";
import { de } from "@/messages/de";
import { MAX_FORM_AGE_MS, checkFormToken, formTokenNonce } from "./form-token";

// Stored texts and mails are German, the alliance's language.
const t = createTranslator(de);

/** Contact requests per IP address and hour; every attempt counts, spam included. */
export const JOIN_RATE_LIMIT = { max: 5, windowMs: 60 * 60_000 };
// Serialises join requests, so two identical submissions cannot both create a partner.
const JOIN_LOCK = 640_611;

const refuse = (key: string) => new AppError("VALIDATION", key, { fieldErrors: { _form: key } });

export type TJoinOutcome = { partnerId: string; joinRequestId: string; attached: boolean; matchedBy: "email" | "organisation" | null };

/**
 * The public contact form: refuses rate-limited, too-fast and replayed submissions,
 * answers a filled honeypot like a success (null), storing nothing for any of them; then creates a partner in CONTACTED — or attaches the request
 * to an existing partner with the same e-mail or organisation name — and enqueues
 * the coordinators' mails in the same transaction.
 */
export async function submitJoinRequest({ data, ip, now = new Date() }: { data: TJoinRequest; ip: string; now?: Date }): Promise<TJoinOutcome | null> {
  const hits = await hitRateLimit(`join:${ip}`, JOIN_RATE_LIMIT.windowMs);
  if (hits > JOIN_RATE_LIMIT.max) throw new AppError("RATE_LIMITED", "join.rateLimited", { fieldErrors: { _form: "public.join.errors.rateLimited" } });
  // A filled honeypot gets the answer of a success (so a bot learns nothing), and nothing is stored.
  if (data.homepage.trim() !== "") return null;
  const token = checkFormToken(data.formToken, now.getTime());
  if (token === "tooFast") throw refuse("public.join.errors.tooFast");
  if (token === "expired") throw refuse("public.join.errors.expired");
  if (token !== "ok") throw refuse("public.join.errors.refused");
  const fields = await assertFieldsOfWork(prisma, data.fieldsOfWork);

  const outcome = await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${JOIN_LOCK})`;
    // Each form token is good for one request (a replay, or a second click, is refused).
    const used = await tx.usedFormToken.createMany({
      data: [{ nonce: formTokenNonce(data.formToken), expiresAt: new Date(now.getTime() + MAX_FORM_AGE_MS) }],
      skipDuplicates: true,
    });
    if (used.count === 0) throw refuse("public.join.errors.used");
    const email = data.email.toLowerCase();
    const match = await findExisting(tx, email, data.organisation);
    const partnerId = match?.id ?? (await createContactedPartner(tx, { ...data, fieldsOfWork: fields }, email, now));
    await tx.activity.create({
      data: { partnerId, kind: "EMAIL", occurredAt: now, summary: t("public.join.activity", { name: data.name, email, message: data.message }) },
    });
    const request = await tx.joinRequest.create({
      data: {
        partnerId,
        name: data.name,
        organisation: emptyToNull(data.organisation),
        email,
        phone: emptyToNull(data.phone),
        fieldsOfWork: fields,
        message: data.message,
        consentAt: now,
      },
    });
    if (match) await tx.partner.update({ where: { id: partnerId }, data: { updatedAt: now } });
    const matchedBy = match?.by ?? null;
    await writeAudit(tx, {
      actorId: null,
      action: "joinRequest.received",
      entity: "Partner",
      entityId: partnerId,
      data: { joinRequestId: request.id, attached: Boolean(match), matchedBy },
    });
    const outcome = { partnerId, joinRequestId: request.id, attached: Boolean(match), matchedBy };
    await onJoinRequest(tx, { partnerId, joinRequestId: request.id, now }); // [tasks hook]
    await notifyCoordinators(tx, data, outcome);
    return outcome;
  });
  return outcome;
}

/** Same e-mail (partner, contact person or earlier request) first, then the same organisation name by German sort key. */
async function findExisting(tx: Tx, email: string, organisation: string) {
  const order = [{ archived: "asc" as const }, { createdAt: "asc" as const }];
  const byEmail = await tx.partner.findFirst({
    where: {
      OR: [
        { email: { equals: email, mode: "insensitive" } },
        { contacts: { some: { email: { equals: email, mode: "insensitive" } } } },
        { joinRequests: { some: { email } } },
      ],
    },
    orderBy: order,
    select: { id: true },
  });
  if (byEmail) return { id: byEmail.id, by: "email" as const };
  const key = germanSortKey(organisation);
  if (!key) return null;
  const byName = await tx.partner.findFirst({ where: { sortName: key }, orderBy: order, select: { id: true } });
  return byName ? { id: byName.id, by: "organisation" as const } : null;
}

async function createContactedPartner(tx: Tx, data: TJoinRequest, email: string, now: Date) {
  const organisation = emptyToNull(data.organisation);
  const name = organisation ?? data.name;
  const phone = emptyToNull(data.phone);
  const partner = await tx.partner.create({
    data: {
      kind: organisation ? "ORGANISATION" : "PERSON",
      name,
      sortName: germanSortKey(name),
      fieldsOfWork: { create: data.fieldsOfWork.map((fieldOfWorkId) => ({ fieldOfWorkId })) },
      email,
      phone,
      stage: "CONTACTED",
      stageEnteredAt: now,
      contacts: { create: { name: data.name, email, phone, isPrimary: true } },
    },
    select: { id: true, name: true },
  });
  await tx.stageChange.create({ data: { partnerId: partner.id, fromStage: null, toStage: "CONTACTED", actorId: null, at: now } });
  await writeAudit(tx, { actorId: null, action: "partner.created", entity: "Partner", entityId: partner.id, data: { name: partner.name } });
  return partner.id;
}

async function notifyCoordinators(tx: Tx, data: TJoinRequest, outcome: TJoinOutcome) {
  const none = t("public.mail.none");
  const labels = await fieldLabels("de");
  const subject = t("public.mail.joinSubject", { name: data.organisation || data.name });
  const text = t("public.mail.joinText", {
    name: data.name,
    organisation: data.organisation || none,
    email: data.email,
    phone: data.phone || none,
    fields: data.fieldsOfWork.map((f) => labels.get(f) ?? f).join(", ") || none,
    message: data.message,
    status: t(outcome.attached ? "public.mail.joinAttached" : "public.mail.joinNew"),
    url: `${env().NEXTAUTH_URL ?? "http://localhost:3000"}/partners/${outcome.partnerId}`,
  });
  await mailCoordinators(tx, { subject, text });
}
