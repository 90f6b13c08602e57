import { getT } from "@/lib/i18n/server";
import type { TFeedbackThread } from "@/lib/server/feedback/queries";
import { cn } from "@/components/ui/cn";

/** The visible history of one thread, oldest first; coordination messages are marked as such. */
export async function FeedbackThread({ thread }: { thread: TFeedbackThread }) {
  const { t, locale } = await getT();
  const date = (d: Date) => d.toLocaleString(locale === "de" ? "de-DE" : "en-GB", { timeZone: "Europe/Berlin", dateStyle: "medium", timeStyle: "short" });
  return (
    <ol className="space-y-3" aria-label={t("feedback.thread")} data-testid="feedback-thread">
      {thread.messages.map((m) => (
        <li
          key={m.id}
          className={cn("rounded-md border p-3 text-sm", m.fromCoordination ? "border-brand-100 bg-brand-50" : "border-slate-200 bg-white")}
          data-testid="feedback-message"
        >
          <p className="mb-1 text-xs text-slate-600">
            {t("feedback.by", { name: m.fromCoordination ? `${m.authorName} (${t("feedback.coordination")})` : m.authorName, date: date(m.createdAt) })}
          </p>
          <p className="whitespace-pre-line">{m.body}</p>
        </li>
      ))}
    </ol>
  );
}
