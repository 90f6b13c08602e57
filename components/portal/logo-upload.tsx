"use client";
import { useState } from "react";
import { useT } from "@/lib/i18n/client";

type TProps = { fileId?: string; onUploaded: (id: string) => void; disabled: boolean };

/** Uploads on selection; the server checks type, size and content, and answers with a field message. */
export function LogoUpload({ fileId, onUploaded, disabled }: TProps) {
  const { t } = useT();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function upload(file: File) {
    setError(null);
    setBusy(true);
    const body = new FormData();
    body.set("logo", file);
    const res = await fetch("/api/portal/logo", { method: "POST", body }).catch(() => null);
    setBusy(false);
    const json = res ? await res.json().catch(() => ({})) : {};
    if (!res || !res.ok) return setError(json.message ?? `errors.${json.error ?? "INTERNAL"}`);
    onUploaded(json.id);
  }
  return (
    <div className="flex items-start gap-4">
      <div className="flex h-24 w-24 items-center justify-center rounded border border-slate-200 bg-white p-1">
        {/* eslint-disable-next-line @next/next/no-img-element -- our own file route, with ETag caching */}
        {fileId ? <img src={`/api/files/${fileId}`} alt={t("portal.profile.logoPreview")} className="max-h-full max-w-full object-contain" data-testid="logo-preview" /> : <span className="text-xs text-slate-500">{t("portal.profile.noLogo")}</span>}
      </div>
      <div className="text-sm">
        <label className="block font-medium text-slate-700" htmlFor="logo-input">{t("portal.profile.logo")}</label>
        <input
          id="logo-input"
          type="file"
          accept="image/png,image/jpeg,image/webp,image/svg+xml"
          disabled={disabled || busy}
          aria-describedby="logo-hint logo-error"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void upload(file);
            e.target.value = "";
          }}
          className="mt-1 block text-sm"
        />
        <p id="logo-hint" className="mt-1 text-xs text-slate-500">{busy ? t("portal.profile.uploading") : t("portal.profile.logoHint")}</p>
        <p id="logo-error" role="alert" className="mt-1 text-sm text-red-700">{error ? t(error) : ""}</p>
      </div>
    </div>
  );
}
