import type { AgreementStatus } from "@/lib/generated/prisma/enums";

export type TAgreementEvent = "send" | "partnerSign" | "countersign" | "paperSigned" | "decline" | "revoke" | "supersede";

const TRANSITIONS: Record<TAgreementEvent, { from: AgreementStatus[]; to: AgreementStatus }> = {
  send: { from: ["DRAFT"], to: "SENT" },
  partnerSign: { from: ["SENT"], to: "SIGNED_BY_PARTNER" },
  countersign: { from: ["SIGNED_BY_PARTNER"], to: "ACTIVE" },
  paperSigned: { from: ["DRAFT", "SENT", "SIGNED_BY_PARTNER"], to: "ACTIVE" },
  decline: { from: ["SENT"], to: "DECLINED" },
  revoke: { from: ["DRAFT", "SENT", "SIGNED_BY_PARTNER", "ACTIVE"], to: "REVOKED" },
  supersede: { from: ["ACTIVE"], to: "SUPERSEDED" },
};

/** The status after `event`, or null when the event is not allowed from `from`. */
export function nextAgreementStatus(from: AgreementStatus, event: TAgreementEvent): AgreementStatus | null {
  const t = TRANSITIONS[event];
  return t.from.includes(from) ? t.to : null;
}

export const OPEN_STATUSES: AgreementStatus[] = ["DRAFT", "SENT", "SIGNED_BY_PARTNER"];
export const REMINDER_AFTER_DAYS = 14;

export function isOverdue(status: AgreementStatus, sentAt: Date | null, now = new Date()) {
  return (status === "SENT" || status === "SIGNED_BY_PARTNER") && Boolean(sentAt) && now.getTime() - sentAt!.getTime() > REMINDER_AFTER_DAYS * 86_400_000;
}
