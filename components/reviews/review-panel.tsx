import { Card } from "@/components/ui/card";
import { getT } from "@/lib/i18n/server";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { draftInclude } from "@/lib/server/partners/get-partner";
import { ReviewActions } from "./review-actions";

type TDraft = Prisma.ProfileDraftGetPayload<{ include: typeof draftInclude }>;

/** Old vs new public profile, logo side by side, with approve / reject. */
export async function ReviewPanel({ draft, contacts }: { draft: TDraft; contacts: { id: string; name: string }[] }) {
  const { t, locale } = await getT();
  const p = draft.partner;
  const contactName = (id: string | null) => contacts.find((c) => c.id === id)?.name ?? t("common.none");
  const rows: { label: string; old: React.ReactNode; next: React.ReactNode; changed: boolean }[] = [
    {
      label: t("portal.profile.description"),
      old: <Bullets items={p.description} />,
      next: <Bullets items={draft.description} />,
      changed: JSON.stringify(p.description) !== JSON.stringify(draft.description),
    },
    { label: t("portal.profile.website"), old: p.website ?? t("common.none"), next: draft.website ?? t("common.none"), changed: p.website !== draft.website },
    {
      label: t("portal.profile.logo"),
      old: <Logo id={p.logoFileId} none={t("common.none")} alt={t("review.oldLogo")} />,
      next: <Logo id={draft.logoFileId ?? p.logoFileId} none={t("common.none")} alt={t("review.newLogo")} />,
      changed: Boolean(draft.logoFileId && draft.logoFileId !== p.logoFileId),
    },
    { label: t("portal.profile.publicContact"), old: contactName(p.publicContactId), next: contactName(draft.publicContactId), changed: p.publicContactId !== draft.publicContactId },
  ];
  return (
    <Card title={t("review.title", { name: p.name })} className="border-amber-300" >
      <p className="mb-3 text-sm text-slate-600">
        {t("review.submitted", { name: draft.submittedBy.name, date: draft.submittedAt.toLocaleString(locale === "de" ? "de-DE" : "en-GB", { timeZone: "Europe/Berlin" }) })}
      </p>
      <table className="w-full text-sm" data-testid="review-diff">
        <thead className="text-left text-xs uppercase text-slate-500">
          <tr><th className="w-40 py-1" scope="col"></th><th scope="col">{t("review.current")}</th><th scope="col">{t("review.proposed")}</th></tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.label} className={r.changed ? "bg-amber-50" : undefined}>
              <th scope="row" className="py-2 pr-2 text-left align-top font-medium">{r.label}{r.changed && <span className="ml-1 text-xs text-amber-800">({t("review.changed")})</span>}</th>
              <td className="py-2 pr-2 align-top">{r.old}</td>
              <td className="py-2 align-top">{r.next}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ReviewActions draftId={draft.id} />
    </Card>
  );
}

function Bullets({ items }: { items: string[] }) {
  if (items.length === 0) return <span>—</span>;
  return <ul className="list-disc pl-4">{items.map((b, i) => <li key={i}>{b}</li>)}</ul>;
}

function Logo({ id, none, alt }: { id: string | null; none: string; alt: string }) {
  // eslint-disable-next-line @next/next/no-img-element -- served from our own file route with ETag caching
  return id ? <img src={`/api/files/${id}`} alt={alt} className="h-20 w-20 rounded border border-slate-200 bg-white object-contain p-1" /> : <span>{none}</span>;
}
