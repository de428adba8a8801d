"use client";

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

interface FunnelChartsProps {
  steps: Array<{ label: string; reached: number }>;
  daily: Array<{ day: string; signups: number; activations: number }>;
}

export function FunnelBarChart({ steps }: Pick<FunnelChartsProps, "steps">) {
  return (
    <div className="h-72 w-full" role="img" aria-label={`Creators reaching each step: ${steps.map((step) => `${step.label} ${step.reached}`).join(", ")}`}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={steps} margin={{ top: 8, right: 16, left: 0, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Bar dataKey="reached" name="Creators" fill="#2f5bd3" radius={[4, 4, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function DailyLineChart({ daily }: Pick<FunnelChartsProps, "daily">) {
  const signups = daily.reduce((sum, day) => sum + day.signups, 0);
  const activations = daily.reduce((sum, day) => sum + day.activations, 0);
  return (
    <div className="h-72 w-full" role="img" aria-label={`Daily sign-ups (${signups} in total) and activations (${activations} in total)`}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={daily} margin={{ top: 8, right: 16, left: 0, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="day" tick={{ fontSize: 11 }} minTickGap={24} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend />
          <Line type="monotone" dataKey="signups" name="Sign-ups" stroke="#2f5bd3" strokeWidth={2} dot={false} isAnimationActive={false} />
          <Line type="monotone" dataKey="activations" name="Activations" stroke="#059669" strokeWidth={2} dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
