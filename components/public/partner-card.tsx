"use client";
import { useT } from "@/lib/i18n/client";
import type { TPublicPartner } from "@/lib/server/public/directory";

/** One published partner: approved profile fields only. */
export function PartnerCard({ partner: p }: { partner: TPublicPartner }) {
  const { t } = useT();
  const c = p.contact;
  return (
    <li className="flex flex-col rounded-lg border border-slate-200 bg-white p-4" data-testid="directory-partner" data-partner-id={p.id}>
      {p.logoPath && (
        // Logos are stored files (often SVG) served with their own caching by /api/files;
        // fixed width/height keep the layout stable; lazy and low priority, so they never
        // compete with the page's text and scripts.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={p.logoPath}
          alt={t("public.directory.logoAlt", { name: p.name })}
          width={160}
          height={80}
          loading="lazy"
          decoding="async"
          fetchPriority="low"
          className="mb-3 h-20 w-40 object-contain object-left"
        />
      )}
      <h2 className="text-lg font-semibold leading-snug">{p.name}</h2>
      {p.description.length > 0 && (
        <ul className="mt-2 list-disc space-y-0.5 pl-5 text-sm text-slate-800">
          {p.description.map((b, i) => (
            <li key={i}>{b}</li>
          ))}
        </ul>
      )}
      {p.fieldsOfWork.length > 0 && (
        <p className="mt-3 flex flex-wrap gap-1.5" aria-label={t("public.directory.fieldsLabel")}>
          {p.fieldsOfWork.map((f) => (
            <span key={f.id} className="rounded bg-brand-50 px-1.5 py-0.5 text-xs font-medium text-brand-800">{f.label}</span>
          ))}
        </p>
      )}
      <div className="mt-auto space-y-1 pt-3 text-sm">
        {p.website && (
          <p>
            <a href={p.website} rel="noopener noreferrer" className="text-brand-700 underline underline-offset-2">
              {t("public.directory.website")}
              <span className="sr-only"> – {t("public.directory.websiteOf", { name: p.name })}</span>
            </a>
          </p>
        )}
        {c && (
          <p className="text-slate-700" data-testid="public-contact">
            {t("public.directory.contact")}: {c.name}
            {c.function && ` (${c.function})`}
            {c.email && (
              <>
                {" · "}
                <a href={`mailto:${c.email}`} className="text-brand-700 underline underline-offset-2">{c.email}</a>
              </>
            )}
            {c.phone && (
              <>
                {" · "}
                <a href={`tel:${c.phone.replace(/[^0-9+]/g, "")}`} className="text-brand-700 underline underline-offset-2">{c.phone}</a>
              </>
            )}
          </p>
        )}
      </div>
    </li>
  );
}
