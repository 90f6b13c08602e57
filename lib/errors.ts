export const ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "ARCHIVED",
  "CONFLICT",
  "VALIDATION",
  "STAGE_BLOCKED",
  "RATE_LIMITED",
  "UNAVAILABLE",
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
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

// Connection-level failures of pg / Prisma's driver adapter, and the PostgreSQL
// SQLSTATEs of a server that is shutting down, starting, or has gone away.
const UNAVAILABLE_CODES = new Set(["P1001", "P1002", "P1017", "P2024", "57P01", "57P02", "57P03", "08000", "08001", "08003", "08006", "ECONNREFUSED", "ECONNRESET", "EPIPE"]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection error and is not queryable|Client was closed and is not queryable|timeout exceeded when trying to connect|Query read timeout|terminating connection|server closed the connection|Can't reach database|DatabaseNotReachable|ConnectionClosed|SocketTimeout|the database system is (starting up|shutting down|in recovery mode)/i;

/** Is this error the database being away (an outage), rather than a bug? */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, kind, message } = e as { code?: unknown; kind?: unknown; message?: unknown };
    if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
    if (typeof kind === "string" && UNAVAILABLE_MESSAGE.test(kind)) return true;
    if (typeof message === "string" && UNAVAILABLE_MESSAGE.test(message)) return true;
  }
  return false;
}
