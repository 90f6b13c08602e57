export const ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "ARCHIVED",
  "CONFLICT",
  "VALIDATION",
  "STAGE_BLOCKED",
  "RATE_LIMITED",
  "INTERNAL",
] as const;

export type TErrorCode = (typeof ERROR_CODES)[number];

/** An expected failure with a code the UI maps to a catalogue message (`errors.<code>`). */
export class AppError extends Error {
  constructor(
    public readonly code: TErrorCode,
    message?: string,
    public readonly details?: Record<string, unknown>,
  ) {
    super(message ?? code);
    this.name = "AppError";
  }
}

export const HTTP_STATUS: Record<TErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ARCHIVED: 409,
  CONFLICT: 409,
  VALIDATION: 400,
  STAGE_BLOCKED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};
