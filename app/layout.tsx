import type { Metadata } from "next";
import { I18nProvider } from "@/lib/i18n/client";
import { getT } from "@/lib/i18n/server";
import "./globals.css";

export const metadata: Metadata = { title: { default: "Bündnis-CRM", template: "%s · Bündnis-CRM" } };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { locale, messages } = await getT();
  return (
    <html lang={locale}>
      <body>
        <I18nProvider messages={messages} locale={locale}>
          {children}
        </I18nProvider>
      </body>
    </html>
  );
}
