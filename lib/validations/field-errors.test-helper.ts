import { expect } from "vitest";
import type { z } from "zod";
import { createTranslator } from "@/lib/i18n/translate";
import { de } from "@/messages/de";

const t = createTranslator(de);

/** Asserts that `value` is refused and that every message is a catalogue key; returns field → key. */
export function fieldErrors(schema: z.ZodType, value: unknown): Record<string, string> {
  const r = schema.safeParse(value);
  expect(r.success, `expected ${JSON.stringify(value)} to be refused`).toBe(false);
  const out: Record<string, string> = {};
  for (const issue of r.error!.issues) {
    expect(t(issue.message), `"${issue.message}" is not a catalogue key`).not.toBe(issue.message);
    out[issue.path.join(".")] ??= issue.message;
  }
  return out;
}
