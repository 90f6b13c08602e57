"use client";
import { useRouter } from "next/navigation";
import { useT } from "@/lib/i18n/client";

export function LocaleSwitch() {
  const { t, locale } = useT();
  const router = useRouter();
  const other = locale === "de" ? "en" : "de";
  return (
    <button
      type="button"
      lang={other}
      className="rounded px-2 py-1 text-slate-600 hover:bg-slate-100"
      onClick={() => {
        document.cookie = `locale=${other}; path=/; max-age=31536000; samesite=lax`;
        router.refresh();
      }}
    >
      {t("app.nav.language")}
    </button>
  );
}
