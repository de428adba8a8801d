import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { systemStatus } from "@/lib/admin/system";
import { requirePageUser } from "@/lib/auth/page-guard";
import { drainOutboxAction, requeueOutboxAction } from "./actions";

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
  const { drained, failed, requeued } = await searchParams;
  const status = await systemStatus(await requirePageUser({ roles: ["admin"], returnTo: "/admin/system" }));
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold text-slate-900">System</h1>
      {drained !== undefined && (
        <Alert tone={failed && failed !== "0" ? "error" : "success"}>
          Outbox relay: {drained} event(s) sent{failed && failed !== "0" ? `, ${failed} could not be sent (they stay pending)` : ""}.
        </Alert>
      )}
      {requeued !== undefined && <Alert tone="success">{requeued} outbox row(s) queued again.</Alert>}
      {status.sandboxInProduction && (
        <Alert tone="error" title="Sandboxes in production">
          ALLOW_SANDBOX_IN_PRODUCTION is set: Stripe payouts and/or email are simulated. Set the real keys before real creators sign up.
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
        <section aria-label="Outbox" className="rounded-xl border border-slate-200 bg-white p-5 md:col-span-2">
          <h2 className="font-semibold text-slate-900">Outbox (emails and job events)</h2>
          <dl className="mt-2 divide-y divide-slate-100 text-sm">
            <Row label="Pending" value={status.outbox ? String(status.outbox.pending) : "unknown"} tone={status.outbox && status.outbox.pending > 0 ? "bad" : "good"} />
            <Row label="Oldest pending since" value={status.outbox?.oldestPendingAt ? status.outbox.oldestPendingAt.toISOString() : "—"} />
            <Row label="Dead (failed every retry)" value={status.outbox ? String(status.outbox.dead) : "unknown"} tone={status.outbox && status.outbox.dead > 0 ? "bad" : "good"} />
          </dl>
          <form action={drainOutboxAction} className="mt-3 max-w-xs">
            <SubmitButton variant="secondary" pendingLabel="Sending…">
              Send pending now
            </SubmitButton>
          </form>
          {status.deadRows.length > 0 && (
            <div className="mt-5">
              <h3 className="font-semibold text-slate-900">Dead rows</h3>
              <table className="mt-2 w-full text-left text-sm">
                <thead className="text-xs uppercase text-slate-600">
                  <tr>
                    <th scope="col" className="py-1">What</th>
                    <th scope="col" className="py-1">Written</th>
                    <th scope="col" className="py-1">Attempts</th>
                    <th scope="col" className="py-1">Last error</th>
                    <th scope="col" className="py-1"><span className="sr-only">Action</span></th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {status.deadRows.map((row) => (
                    <tr key={row.id}>
                      <td className="py-1.5 font-mono text-xs">{row.name}</td>
                      <td className="py-1.5">{row.createdAt.toISOString().slice(0, 16).replace("T", " ")}</td>
                      <td className="py-1.5">{row.attempts}</td>
                      <td className="max-w-xs truncate py-1.5 text-red-800" title={row.lastError ?? ""}>{row.lastError}</td>
                      <td className="py-1.5">
                        <form action={requeueOutboxAction}>
                          <input type="hidden" name="id" value={row.id} />
                          <button type="submit" className="font-semibold text-brand-700 underline">Send again</button>
                        </form>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <form action={requeueOutboxAction} className="mt-3 max-w-xs">
                <input type="hidden" name="id" value="all" />
                <SubmitButton variant="secondary" pendingLabel="Queuing…">Send every dead row again</SubmitButton>
              </form>
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
