import Link from "next/link";
import { BarChart } from "@/components/dashboard/stage-chart";
import { DueLabel, taskTitle } from "@/components/tasks/task-item";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { requireCoordinatorPage } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { defaultPeriod, getDashboard, STUCK_DAYS } from "@/lib/server/dashboard/get-dashboard";
import { ZDashboardPeriod } from "@/lib/validations/dashboard";

export const metadata = { title: "Übersicht" };

const WAITING = [
  { key: "reviews", href: "/reviews" },
  { key: "feedback", href: "/feedback" },
  { key: "countersign", href: "/agreements" },
  { key: "joinRequests", href: "/tasks?who=all" },
] as const;

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireCoordinatorPage();
  const raw = await searchParams;
  const parsed = ZDashboardPeriod.safeParse({ from: raw.from, to: raw.to });
  const period = parsed.success ? parsed.data : defaultPeriod(new Date());
  const [{ t, locale }, d] = await Promise.all([getT(), getDashboard({ actorId: actor.id, period })]);
  const tasks = [...d.myTasks.overdue, ...d.myTasks.today];
  const pct = (r: number | null) => (r === null ? t("dashboard.none") : `${Math.round(r * 100)} %`);
  const num = (n: number | null) => (n === null ? t("dashboard.none") : n.toLocaleString(locale === "de" ? "de-DE" : "en-GB"));
  const th = "px-2 py-1.5 text-left font-medium";
  const td = "px-2 py-1.5";
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("dashboard.title")}</h1>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("dashboard.myTasks")} actions={<Link href="/tasks" className="text-sm text-brand-700 hover:underline">{t("dashboard.allTasks")}</Link>}>
          {tasks.length ? (
            <ul className="space-y-2 text-sm" data-testid="dashboard-tasks">
              {tasks.map((task) => (
                <li key={task.id}>
                  <Link href={`/partners/${task.partnerId}#tasks`} className="font-medium text-brand-700 hover:underline">{task.partnerName}</Link>: {taskTitle(t, task)}{" "}
                  <DueLabel t={t} locale={locale} task={task} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-600">{t("dashboard.noTasks")}</p>
          )}
        </Card>
        <Card title={t("dashboard.waiting")}>
          <ul className="grid gap-2 text-sm sm:grid-cols-2">
            {WAITING.map((w) => (
              <li key={w.key}>
                <Link href={w.href} className="flex items-center justify-between rounded border border-slate-200 px-3 py-2 hover:bg-slate-50">
                  <span>{t(`dashboard.waitingItems.${w.key}`)}</span>
                  <span className="text-lg font-semibold">{d.waiting[w.key]}</span>
                </Link>
              </li>
            ))}
          </ul>
          <p className="mt-3 text-sm text-slate-700">
            {t("dashboard.thisMonth")}: {t("dashboard.newPartners")} <strong>{d.month.newPartners}</strong> · {t("dashboard.newAgreements")} <strong>{d.month.newAgreements}</strong>
          </p>
        </Card>
      </div>
      <Card title={t("dashboard.stagesNow")}>
        <div className="grid gap-4 md:grid-cols-2">
          <BarChart title={t("dashboard.chartTitle")} bars={d.stages.map((s) => ({ label: t(`stages.${s.stage}`), value: s.count }))} />
          <div className="overflow-x-auto">
            <table className="min-w-full text-sm">
              <caption className="sr-only">{t("dashboard.chartTitle")}</caption>
              <thead className="bg-slate-50 text-xs uppercase text-slate-600">
                <tr><th scope="col" className={th}>{t("dashboard.stage")}</th><th scope="col" className={th}>{t("dashboard.count")}</th><th scope="col" className={th}>{t("dashboard.stuck", { days: STUCK_DAYS })}</th></tr>
              </thead>
              <tbody>
                {d.stages.map((s) => (
                  <tr key={s.stage} className="border-t border-slate-100">
                    <th scope="row" className={th}>{t(`stages.${s.stage}`)}</th>
                    <td className={td}>{s.count}</td>
                    <td className={td}>{s.stage === "PUBLISHED" ? t("dashboard.none") : <Link className="text-brand-700 hover:underline" href={`/board?stuck=${STUCK_DAYS}`}>{s.stuck}</Link>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </Card>
      <form method="get" action="/dashboard" className="flex flex-wrap items-end gap-2" aria-label={t("dashboard.period")}>
        <label>
          <span className="mb-1 block text-xs font-medium text-slate-600">{t("dashboard.period")} {t("dashboard.from")}</span>
          <Input type="date" name="from" defaultValue={period.from} />
        </label>
        <label>
          <span className="mb-1 block text-xs font-medium text-slate-600">{t("dashboard.to")}</span>
          <Input type="date" name="to" defaultValue={period.to} />
        </label>
        <Button type="submit" size="sm" variant="secondary">{t("dashboard.apply")}</Button>
      </form>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("dashboard.funnel")}>
          <p className="mb-2 text-xs text-slate-600">{t("dashboard.funnelHint")}</p>
          <div className="overflow-x-auto">
            <table className="min-w-full text-sm" data-testid="funnel">
              <thead className="bg-slate-50 text-xs uppercase text-slate-600">
                <tr><th scope="col" className={th}>{t("dashboard.stage")}</th><th scope="col" className={th}>{t("dashboard.entered")}</th><th scope="col" className={th}>{t("dashboard.rate")}</th></tr>
              </thead>
              <tbody>
                {d.funnel.map((f) => (
                  <tr key={f.stage} className="border-t border-slate-100">
                    <th scope="row" className={th}>{t(`stages.${f.stage}`)}</th>
                    <td className={td}>{f.entered}</td>
                    <td className={td}>{t("dashboard.converted", { stage: t(`stages.${f.next}`) })}: {f.converted} ({pct(f.rate)})</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
        <Card title={t("dashboard.timeInStage")}>
          <p className="mb-2 text-xs text-slate-600">{t("dashboard.timeHint")}</p>
          <div className="overflow-x-auto">
            <table className="min-w-full text-sm" data-testid="time-in-stage">
              <thead className="bg-slate-50 text-xs uppercase text-slate-600">
                <tr>
                  <th scope="col" className={th}>{t("dashboard.stage")}</th>
                  <th scope="col" className={th}>{t("dashboard.ended")}</th>
                  <th scope="col" className={th}>{t("dashboard.median")}</th>
                  <th scope="col" className={th}>{t("dashboard.p80")}</th>
                  <th scope="col" className={th}>{t("dashboard.openStays")}</th>
                </tr>
              </thead>
              <tbody>
                {d.timeInStage.map((s) => (
                  <tr key={s.stage} className="border-t border-slate-100">
                    <th scope="row" className={th}>{t(`stages.${s.stage}`)}</th>
                    <td className={td}>{s.ended}</td>
                    <td className={td}>{num(s.medianDays)}</td>
                    <td className={td}>{num(s.p80Days)}</td>
                    <td className={td}>{s.open ? t("dashboard.openSummary", { count: s.open, days: num(s.openMedianDays) }) : t("dashboard.none")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      </div>
    </div>
  );
}
