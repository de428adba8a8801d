import type { Metadata } from "next";
import Link from "next/link";
import { DailyLineChart, FunnelBarChart } from "@/components/admin/funnel-charts";
import { FunnelQuery, loadFunnel } from "@/lib/admin/funnel";
import { requirePageUser } from "@/lib/auth/page-guard";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Funnel" };

const percent = (value: number | null) => (value === null ? "—" : `${(value * 100).toFixed(1)} %`);

function duration(hours: number | null): string {
  if (hours === null) return "—";
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  if (hours < 48) return `${hours.toFixed(1)} h`;
  return `${(hours / 24).toFixed(1)} days`;
}

export default async function FunnelPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const parsed = FunnelQuery.safeParse(await searchParams);
  const admin = await requirePageUser({ roles: ["admin"], returnTo: "/admin/funnel" });
  const funnel = await loadFunnel(admin, parsed.success ? parsed.data.days : 30);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-bold text-slate-900">Onboarding funnel</h1>
        <nav aria-label="Period" className="flex gap-1 text-sm">
          {[30, 90].map((days) => (
            <Link
              key={days}
              href={`/admin/funnel?days=${days}`}
              aria-current={funnel.days === days ? "page" : undefined}
              className={`rounded-md px-3 py-1.5 font-semibold ${funnel.days === days ? "bg-slate-900 text-white" : "border border-slate-300 bg-white text-slate-800"}`}
            >
              Last {days} days
            </Link>
          ))}
        </nav>
      </div>

      <section aria-labelledby="steps-heading" className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="steps-heading" className="font-semibold text-slate-900">
          Creators reaching each step (all time)
        </h2>
        <FunnelBarChart steps={funnel.steps} />
      </section>

      <section aria-labelledby="daily-heading" className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="daily-heading" className="font-semibold text-slate-900">
          Daily sign-ups and activations, last {funnel.days} days
        </h2>
        <DailyLineChart daily={funnel.daily} />
      </section>

      <section aria-labelledby="dropoff-heading" className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <h2 id="dropoff-heading" className="px-5 pt-5 font-semibold text-slate-900">
          Conversion and drop-off
        </h2>
        <table className="mt-3 w-full text-left text-sm" data-testid="funnel-table">
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-5 py-2">Step</th>
              <th scope="col" className="px-5 py-2 text-right">Reached</th>
              <th scope="col" className="px-5 py-2 text-right">From previous</th>
              <th scope="col" className="px-5 py-2 text-right">Of sign-ups</th>
              <th scope="col" className="px-5 py-2 text-right">Median time from previous</th>
              <th scope="col" className="px-5 py-2 text-right">Dropped after</th>
              <th scope="col" className="px-5 py-2 text-right">Stuck 7+ days</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {funnel.steps.map((step) => (
              <tr key={step.key}>
                <th scope="row" className="px-5 py-2 font-medium text-slate-900">
                  {step.label}
                </th>
                <td className="px-5 py-2 text-right tabular-nums">{step.reached.toLocaleString("en-US")}</td>
                <td className="px-5 py-2 text-right tabular-nums">{percent(step.conversion)}</td>
                <td className="px-5 py-2 text-right tabular-nums">{percent(step.ofSignups)}</td>
                <td className="px-5 py-2 text-right tabular-nums">{duration(step.medianHoursFromPrevious)}</td>
                <td className="px-5 py-2 text-right tabular-nums">{step.droppedAfter.toLocaleString("en-US")}</td>
                <td className="px-5 py-2 text-right tabular-nums">{step.stuckOverWeek.toLocaleString("en-US")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
