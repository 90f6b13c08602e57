export function dumpDatabase(
  query: (sql: string) => Promise<Record<string, unknown>[]>,
  write: (chunk: string) => void,
): Promise<{ tables: number; rows: number; migrations: number }>;
export function restoreDatabase(client: import("pg").Client, text: string): Promise<{ rows: number }>;
