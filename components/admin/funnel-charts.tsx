"use client";

import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

interface FunnelChartsProps {
  steps: Array<{ label: string; reached: number }>;
  daily: Array<{ day: string; signups: number; activations: number }>;
}

export function FunnelBarChart({ steps }: Pick<FunnelChartsProps, "steps">) {
  const t = useTranslations("admin.funnel");
  return (
    <div className="h-72 w-full" role="img" aria-label={t("chartSteps", { summary: steps.map((step) => `${step.label} ${step.reached}`).join(", ") })}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={steps} margin={{ top: 8, right: 16, left: 0, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Bar dataKey="reached" name={t("creators")} fill="#2f5bd3" radius={[4, 4, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Daily counts are whole numbers per day: bars, one pair per day, never a smoothed curve. */
export function DailyBarChart({ daily }: Pick<FunnelChartsProps, "daily">) {
  const t = useTranslations("admin.funnel");
  const signups = daily.reduce((sum, day) => sum + day.signups, 0);
  const activations = daily.reduce((sum, day) => sum + day.activations, 0);
  return (
    <div className="h-72 w-full" role="img" aria-label={t("chartDaily", { signups, activations })}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={daily} margin={{ top: 8, right: 16, left: 0, bottom: 8 }} barGap={0}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="day" tick={{ fontSize: 11 }} minTickGap={24} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend />
          <Bar dataKey="signups" name={t("signups")} fill="#2f5bd3" isAnimationActive={false} />
          <Bar dataKey="activations" name={t("activations")} fill="#059669" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
