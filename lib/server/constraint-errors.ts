import "server-only";
import { AppError, type TErrorCode } from "@/lib/errors";

/**
 * Unique indexes that hold a business rule, and what a user is told when a write
 * hits one (usually: someone else did the same thing at the same moment). The
 * code checks first for a friendly message; under concurrency the index decides,
 * and this table turns Postgres' refusal (Prisma P2002) into that message.
 */
export const CONSTRAINT_MESSAGES: Record<string, { code: TErrorCode; message: string; field?: string }> = {
  ContactPerson_one_primary_per_partner: { code: "CONFLICT", message: "constraints.onePrimaryContact", field: "isPrimary" },
  ProfileDraft_one_pending_per_partner: { code: "CONFLICT", message: "constraints.onePendingDraft" },
  Agreement_one_open_per_partner: { code: "CONFLICT", message: "constraints.oneOpenAgreement" },
  Agreement_one_active_per_partner: { code: "CONFLICT", message: "constraints.oneActiveAgreement" },
  Signature_agreementId_kind_key: { code: "CONFLICT", message: "constraints.alreadySigned" },
  FieldOfWork_pkey: { code: "VALIDATION", message: "settings.fieldsOfWork.errors.idTaken", field: "id" },
};

/** The index a unique violation names: Prisma (P2002, through the pg adapter) or a raw pg error (23505). */
function violatedIndex(err: unknown): string | null {
  if (!err || typeof err !== "object") return null;
  const e = err as { code?: unknown; meta?: unknown; constraint?: unknown; message?: unknown; cause?: unknown };
  if (e.code === "23505" && typeof e.constraint === "string") return e.constraint;
  if (e.code !== "P2002") return e.cause ? violatedIndex(e.cause) : null;
  const haystack = `${JSON.stringify(e.meta ?? {})} ${String(e.message ?? "")}`;
  return Object.keys(CONSTRAINT_MESSAGES).find((name) => haystack.includes(name)) ?? "unknown";
}

/** The friendly AppError for a rule-holding unique violation, or null for anything else. */
export function constraintError(err: unknown): AppError | null {
  const index = violatedIndex(err);
  if (!index) return null;
  const rule = CONSTRAINT_MESSAGES[index];
  if (!rule) return new AppError("CONFLICT", "constraints.duplicate", { messageKey: "constraints.duplicate" });
  return new AppError(rule.code, rule.message, { messageKey: rule.message, constraint: index, ...(rule.field ? { fieldErrors: { [rule.field]: rule.message } } : {}) });
}

/** Runs a write and rethrows a unique violation of a rule-holding index as its friendly AppError. */
export async function withConstraintMessages<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    throw constraintError(err) ?? err;
  }
}
