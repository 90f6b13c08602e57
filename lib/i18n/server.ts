import "server-only";
import { cookies } from "next/headers";
import { de } from "@/messages/de";
import { en } from "@/messages/en";
import { createTranslator, LOCALES, type TLocale } from "./translate";

export const catalogues = { de, en };

export async function getLocale(): Promise<TLocale> {
  const value = (await cookies()).get("locale")?.value;
  return (LOCALES as readonly string[]).includes(value ?? "") ? (value as TLocale) : "de";
}

export async function getT() {
  const locale = await getLocale();
  return { t: createTranslator(catalogues[locale]), locale, messages: catalogues[locale] };
}
