import type { Metadata } from "next";
import Link from "next/link";
import { DailyBarChart, FunnelBarChart } from "@/components/admin/funnel-charts";
import { FunnelQuery, funnelRange, lastDays, loadFunnel, PRESET_DAYS } from "@/lib/admin/funnel";
import { requirePageUser } from "@/lib/auth/page-guard";
import { INTL_LOCALES } from "@/lib/i18n";
import { currentTranslations } from "@/lib/i18n/server";
import { DataTable } from "@/components/ui/data-table";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslations();
  return { title: t("admin.funnel.title") };
}

export default async function FunnelPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const parsed = FunnelQuery.safeParse(await searchParams);
  const admin = await requirePageUser({ roles: ["admin"], returnTo: "/admin/funnel" });
  const { t, language } = await currentTranslations();
  const range = funnelRange(parsed.success ? parsed.data : {});
  const funnel = await loadFunnel(admin, range);
  const locale = INTL_LOCALES[language];
  const number = (value: number) => value.toLocaleString(locale);
  const percent = (value: number | null) => (value === null ? "—" : value.toLocaleString(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  const duration = (hours: number | null) => {
    if (hours === null) return "—";
    if (hours < 1) return t("admin.funnel.minutes", { value: Math.round(hours * 60) });
    if (hours < 48) return t("admin.funnel.hours", { value: Math.round(hours * 10) / 10 });
    return t("admin.funnel.daysDuration", { value: Math.round((hours / 24) * 10) / 10 });
  };
  const day = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(iso));
  const preset = PRESET_DAYS.find((days) => {
    const candidate = lastDays(days);
    return candidate.from === range.from && candidate.to === range.to;
  });
  const steps = funnel.steps.map((step) => ({ ...step, label: t(`admin.steps.${step.key}`) }));
  // A figure opens the list of the creators it counts: same period, same step (their furthest).
  const creatorsLink = (count: number, filters: Record<string, string>, label: string) =>
    count === 0 ? (
      number(count)
    ) : (
      <Link href={`/admin?${new URLSearchParams({ ...filters, signedUpFrom: range.from, signedUpTo: range.to })}`} aria-label={label} className="font-semibold text-brand-700 underline">
        {number(count)}
      </Link>
    );

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold text-slate-900">{t("admin.funnel.title")}</h1>
          <p className="text-sm text-slate-600">{t("admin.funnel.range", { from: day(range.from), to: day(range.to) })}</p>
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <nav aria-label={t("admin.funnel.period")} className="flex gap-1 text-sm">
            {PRESET_DAYS.map((days) => (
              <Link
                key={days}
                href={`/admin/funnel?days=${days}`}
                aria-current={preset === days ? "page" : undefined}
                className={`rounded-md px-3 py-1.5 font-semibold ${preset === days ? "bg-slate-900 text-white" : "border border-slate-300 bg-white text-slate-800"}`}
              >
                {t("admin.funnel.lastDays", { days })}
              </Link>
            ))}
          </nav>
          <form method="get" className="flex items-end gap-2 text-sm" aria-label={t("admin.funnel.custom")}>
            <label className="flex flex-col text-xs font-semibold text-slate-700">
              {t("admin.funnel.from")}
              <input type="date" name="from" defaultValue={range.from} required className="mt-1 rounded-md border border-slate-300 px-2 py-1 font-normal" />
            </label>
            <label className="flex flex-col text-xs font-semibold text-slate-700">
              {t("admin.funnel.to")}
              <input type="date" name="to" defaultValue={range.to} required className="mt-1 rounded-md border border-slate-300 px-2 py-1 font-normal" />
            </label>
            <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-semibold text-slate-800 hover:bg-slate-100">
              {t("admin.funnel.apply")}
            </button>
          </form>
        </div>
      </div>
      {!parsed.success && <p className="text-sm text-red-700">{t("admin.funnel.invalidRange")}</p>}

      <section aria-labelledby="steps-heading" className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="steps-heading" className="font-semibold text-slate-900">
          {t("admin.funnel.stepsHeading")}
        </h2>
        <FunnelBarChart steps={steps} />
      </section>

      <section aria-labelledby="daily-heading" className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="daily-heading" className="font-semibold text-slate-900">
          {t("admin.funnel.dailyHeading")}
        </h2>
        <DailyBarChart daily={funnel.daily} />
      </section>

      <section aria-labelledby="dropoff-heading" className="rounded-xl border border-slate-200 bg-white">
        <h2 id="dropoff-heading" className="px-5 pt-5 font-semibold text-slate-900">
          {t("admin.funnel.dropoff")}
        </h2>
        {/* Wider than a phone: a region that scrolls, focusable so a keyboard can scroll it too. */}
        <div role="region" aria-label={t("admin.funnel.tableRegion")} tabIndex={0} className="mt-3 overflow-x-auto focus:outline-2 focus:outline-brand-600">
          <DataTable
            testId="funnel-table"
            rows={steps}
            rowKey={(step) => step.key}
            columns={[
              { header: t("admin.funnel.columns.step"), cell: (step) => step.label, rowHeader: true },
              { header: t("admin.funnel.columns.reached"), cell: (step) => number(step.reached), numeric: true },
              { header: t("admin.funnel.columns.fromPrevious"), cell: (step) => percent(step.conversion), numeric: true },
              { header: t("admin.funnel.columns.ofSignups"), cell: (step) => percent(step.ofSignups), numeric: true },
              { header: t("admin.funnel.columns.median"), cell: (step) => duration(step.medianHoursFromPrevious), numeric: true },
              { header: t("admin.funnel.columns.dropped"), cell: (step) => creatorsLink(step.droppedAfter, { lastStep: step.key }, t("admin.funnel.showDropped", { step: step.label, count: number(step.droppedAfter) })), numeric: true },
              { header: t("admin.funnel.columns.stuck"), cell: (step) => creatorsLink(step.stuckOverWeek, { lastStep: step.key, stuckDays: "7" }, t("admin.funnel.showStuck", { step: step.label, count: number(step.stuckOverWeek) })), numeric: true },
            ]}
          />
        </div>
      </section>

      <section aria-labelledby="nudges-heading" className="rounded-xl border border-slate-200 bg-white">
        <h2 id="nudges-heading" className="px-5 pt-5 font-semibold text-slate-900">
          {t("admin.funnel.nudges.heading")}
        </h2>
        <p className="px-5 pt-1 text-sm text-slate-600">{t("admin.funnel.nudges.intro")}</p>
        <div role="region" aria-label={t("admin.funnel.nudges.region")} tabIndex={0} className="mt-3 overflow-x-auto focus:outline-2 focus:outline-brand-600">
          <DataTable
            testId="nudges-table"
            rows={funnel.nudges}
            rowKey={(row) => row.sequence}
            columns={[
              { header: t("admin.funnel.nudges.sequence"), cell: (row) => t(`admin.nudges.sequences.${row.sequence}`), rowHeader: true },
              { header: t("admin.funnel.nudges.nudged"), cell: (row) => number(row.nudged), numeric: true },
              { header: t("admin.funnel.nudges.movedOn"), cell: (row) => number(row.movedOn), numeric: true },
              { header: t("admin.funnel.nudges.share"), cell: (row) => percent(row.nudged ? row.movedOn / row.nudged : null), numeric: true },
            ]}
          />
        </div>
      </section>
    </div>
  );
}
