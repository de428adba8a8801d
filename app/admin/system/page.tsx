import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { systemStatus } from "@/lib/admin/system";
import { drainOutboxAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "System" };

function Row({ label, value, tone = "neutral" }: { label: string; value: string; tone?: "good" | "bad" | "neutral" }) {
  const color = tone === "good" ? "text-emerald-800" : tone === "bad" ? "text-red-800" : "text-slate-900";
  return (
    <div className="flex justify-between gap-4 py-2">
      <dt className="text-slate-600">{label}</dt>
      <dd className={`font-medium ${color}`}>{value}</dd>
    </div>
  );
}

export default async function SystemPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { drained, failed } = await searchParams;
  const status = await systemStatus();
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold text-slate-900">System</h1>
      {drained !== undefined && (
        <Alert tone={failed && failed !== "0" ? "error" : "success"}>
          Outbox relay: {drained} event(s) sent{failed && failed !== "0" ? `, ${failed} could not be sent (they stay pending)` : ""}.
        </Alert>
      )}
      <div className="grid gap-5 md:grid-cols-2">
        <section aria-label="Services" className="rounded-xl border border-slate-200 bg-white p-5">
          <h2 className="font-semibold text-slate-900">Services</h2>
          <dl className="mt-2 divide-y divide-slate-100 text-sm">
            <Row label="Version" value={`${status.version} · up ${Math.round(status.uptimeSeconds / 60)} min`} />
            <Row label="Database" value={status.database === "ok" ? "reachable" : "unreachable"} tone={status.database === "ok" ? "good" : "bad"} />
            <Row label="Stripe" value={`${status.stripeMode} mode`} tone={status.stripeMode === "live" ? "good" : "neutral"} />
            <Row label="Email" value={status.emailProvider === "resend" ? "Resend" : "local sandbox"} />
            <Row label="Background jobs" value={status.inngestMode === "cloud" ? "Inngest Cloud" : "in-process runner"} />
          </dl>
        </section>
        <section aria-label="Feature flags" className="rounded-xl border border-slate-200 bg-white p-5">
          <h2 className="font-semibold text-slate-900">Feature flags</h2>
          <dl className="mt-2 divide-y divide-slate-100 text-sm">
            {Object.entries(status.flags).map(([name, on]) => (
              <Row key={name} label={name} value={on ? "on" : "off"} tone={on ? "good" : "neutral"} />
            ))}
          </dl>
        </section>
        <section aria-label="Job outbox" className="rounded-xl border border-slate-200 bg-white p-5 md:col-span-2">
          <h2 className="font-semibold text-slate-900">Job outbox</h2>
          <dl className="mt-2 divide-y divide-slate-100 text-sm">
            <Row label="Pending events" value={status.outbox ? String(status.outbox.pending) : "unknown"} tone={status.outbox && status.outbox.pending > 0 ? "bad" : "good"} />
            <Row label="Oldest pending since" value={status.outbox?.oldestPendingAt ? status.outbox.oldestPendingAt.toISOString() : "—"} />
          </dl>
          <form action={drainOutboxAction} className="mt-3 max-w-xs">
            <SubmitButton variant="secondary" pendingLabel="Sending…">
              Send pending events now
            </SubmitButton>
          </form>
        </section>
      </div>
    </div>
  );
}
