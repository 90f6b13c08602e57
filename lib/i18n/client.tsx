"use client";
import { createContext, useContext, useMemo } from "react";
import type { TMessages } from "@/messages/de";
import { createTranslator, type TLocale, type TTranslate } from "./translate";

const I18nContext = createContext<{ t: TTranslate; locale: TLocale } | null>(null);

export function I18nProvider({ messages, locale, children }: { messages: TMessages; locale: TLocale; children: React.ReactNode }) {
  const value = useMemo(() => ({ t: createTranslator(messages), locale }), [messages, locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useT() {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error("useT outside I18nProvider");
  return ctx;
}
