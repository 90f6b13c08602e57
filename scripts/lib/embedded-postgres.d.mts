// Types for the tests that start their own embedded server (health, faults).
export type TEmbeddedPostgres = {
  url: string;
  dataDir: string;
  readonly pid: number | undefined;
  restart(): Promise<void>;
  stop(): Promise<void>;
  kill(): void;
};
export function resolveDataDir(requested: string, opts?: { throwaway?: boolean }): string;
export function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  secretsDir: string;
  throwaway?: boolean;
  onExit?: (code: number | null, signal: string | null) => void;
  log?: (line: string) => void;
}): Promise<TEmbeddedPostgres>;
