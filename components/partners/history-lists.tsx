import { getT } from "@/lib/i18n/server";
import type { TPartnerDetail } from "@/lib/server/partners/get-partner";

const fmt = (d: Date, locale: string) => d.toLocaleString(locale === "de" ? "de-DE" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });

export async function ActivityTimeline({ activities }: { activities: TPartnerDetail["activities"] }) {
  const { t, locale } = await getT();
  if (activities.length === 0) return <p className="text-sm text-slate-600">{t("activities.empty")}</p>;
  return (
    <ol className="space-y-3" data-testid="activities">
      {activities.map((a) => (
        <li key={a.id} className="border-l-2 border-brand-100 pl-3 text-sm">
          <p className="text-xs text-slate-500">
            <span className="font-medium text-slate-700">{t(`activityKinds.${a.kind}`)}</span> · {fmt(a.occurredAt, locale)}
            {a.location && ` · ${a.location}`}
            {a.author && ` · ${t("activities.by", { name: a.author.name })}`}
          </p>
          <p className="whitespace-pre-line">{a.summary}</p>
        </li>
      ))}
    </ol>
  );
}

export async function StageHistory({ changes }: { changes: TPartnerDetail["stageChanges"] }) {
  const { t, locale } = await getT();
  if (changes.length === 0) return <p className="text-sm text-slate-600">{t("partners.detail.noStageChanges")}</p>;
  return (
    <ol className="space-y-2 text-sm" data-testid="stage-history">
      {changes.map((c) => (
        <li key={c.id}>
          <p>
            {c.kind !== "MOVE"
              ? `${t(`partners.detail.${c.kind === "ARCHIVE" ? "archivedIn" : "restoredIn"}`, { stage: t(`stages.${c.toStage}`) })}`
              : c.fromStage
              ? t("partners.detail.stageChange", { from: t(`stages.${c.fromStage}`), to: t(`stages.${c.toStage}`) })
              : `${t("partners.detail.created")}: ${t(`stages.${c.toStage}`)}`}
          </p>
          <p className="text-xs text-slate-500">
            {fmt(c.at, locale)} · {c.actor?.name ?? t("common.system")}
            {c.reason && ` · ${c.reason}`}
          </p>
        </li>
      ))}
    </ol>
  );
}

export async function AuditTrail({ events }: { events: TPartnerDetail["audit"] }) {
  const { t, locale } = await getT();
  if (events.length === 0) return <p className="text-sm text-slate-600">{t("partners.detail.noAudit")}</p>;
  return (
    <ol className="space-y-2 text-sm" data-testid="audit">
      {events.map((e) => (
        <li key={e.id}>
          <p>{t(`audit.${e.action}`)}</p>
          <AuditDetails data={e.data} />
          <p className="text-xs text-slate-500">{fmt(e.at, locale)} · {e.actor?.name ?? t("common.system")}</p>
        </li>
      ))}
    </ol>
  );
}

function AuditDetails({ data }: { data: unknown }) {
  const changes = (data as { changes?: Record<string, { from: unknown; to: unknown }> })?.changes;
  const reason = (data as { reason?: string })?.reason;
  if (changes && Object.keys(changes).length) {
    return (
      <ul className="text-xs text-slate-600">
        {Object.entries(changes).map(([field, c]) => (
          <li key={field}>
            {field}: {JSON.stringify(c.from)} → {JSON.stringify(c.to)}
          </li>
        ))}
      </ul>
    );
  }
  return reason ? <p className="text-xs text-slate-600">{reason}</p> : null;
}
