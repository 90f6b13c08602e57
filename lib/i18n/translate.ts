import type { TMessages } from "@/messages/de";

export const LOCALES = ["de", "en"] as const;
export type TLocale = (typeof LOCALES)[number];

export type TTranslate = (key: string, vars?: Record<string, string | number>) => string;

/** Resolves "a.b.c"; a catalogue key may itself contain dots (e.g. audit."partner.created"). */
function lookup(node: unknown, parts: string[]): string | undefined {
  if (parts.length === 0) return typeof node === "string" ? node : undefined;
  if (!node || typeof node !== "object") return undefined;
  for (let i = parts.length; i >= 1; i--) {
    const key = parts.slice(0, i).join(".");
    if (key in node) {
      const found = lookup((node as Record<string, unknown>)[key], parts.slice(i));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** Builds t(key, vars). Unknown keys return the key itself, so a gap is visible, never a crash. */
export function createTranslator(messages: TMessages): TTranslate {
  return (key, vars) => {
    const template = lookup(messages, key.split(".")) ?? key;
    if (!vars) return template;
    return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in vars ? String(vars[name]) : `{${name}}`));
  };
}
