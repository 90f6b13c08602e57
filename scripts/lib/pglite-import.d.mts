export function migratePgliteIfPresent(url: string, legacyDir?: string): Promise<{ rows: number; kept: string } | null>;
