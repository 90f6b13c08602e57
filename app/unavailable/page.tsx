import { createTranslator } from "@/lib/i18n/translate";
import { de } from "@/messages/de";

// Prerendered at build time; the app server (scripts/lib/app-server.mjs) serves this
// HTML with status 503 while the database cannot be reached, without touching it.
export const dynamic = "force-static";

export default function Unavailable() {
  const t = createTranslator(de);
  return (
    <main id="main" className="mx-auto max-w-lg p-8 text-center">
      <h1 className="text-xl font-semibold">{t("app.unavailable.title")}</h1>
      <p className="mt-4">{t("app.unavailable.body")}</p>
      <p className="mt-4">
        <a href="" className="text-brand-700 underline">{t("app.unavailable.retry")}</a>
      </p>
    </main>
  );
}
