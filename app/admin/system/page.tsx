import type { Metadata } from "next";
import { FlashToast } from "@/components/flash-toast";
import { Alert } from "@/components/ui/alert";
import { currentTranslations, viewerTimeZone } from "@/lib/i18n/server";
import { SubmitButton } from "@/components/ui/submit-button";
import { systemStatus } from "@/lib/admin/system";
import { requirePageUser } from "@/lib/auth/page-guard";
import { drainOutboxAction, requeueOutboxAction } from "./actions";
import { formatDateTime } from "@/lib/i18n/format";
import { DataTable } from "@/components/ui/data-table";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslations();
  return { title: t("admin.system.title") };
}

function Row({ label, value, tone = "neutral" }: { label: string; value: string; tone?: "good" | "bad" | "neutral" }) {
  const color = tone === "good" ? "text-emerald-800" : tone === "bad" ? "text-red-800" : "text-slate-900";
  return (
    <div className="flex justify-between gap-4 py-2">
      <dt className="text-slate-600">{label}</dt>
      <dd className={`font-medium ${color}`}>{value}</dd>
    </div>
  );
}

export default async function SystemPage() {
  const status = await systemStatus(await requirePageUser({ roles: ["admin"], returnTo: "/admin/system" }));
  const { t, language } = await currentTranslations();
  const timeZone = await viewerTimeZone();
  const formatDate = (date: Date) => formatDateTime(date, language, timeZone);
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold text-slate-900">{t("admin.system.title")}</h1>
      {status.sandboxInProduction && (
        <Alert tone="error" title={t("admin.system.sandboxTitle")}>
          {t("admin.system.sandboxBody")}
        </Alert>
      )}
      <div className="grid gap-5 md:grid-cols-2">
        <section aria-label={t("admin.system.services")} className="rounded-xl border border-slate-200 bg-white p-5">
          <h2 className="font-semibold text-slate-900">{t("admin.system.services")}</h2>
          <dl className="mt-2 divide-y divide-slate-100 text-sm">
            <Row label={t("admin.system.version")} value={t("admin.system.versionValue", { version: status.version, minutes: Math.round(status.uptimeSeconds / 60) })} />
            <Row label={t("admin.system.database")} value={status.database === "ok" ? t("admin.system.reachable") : t("admin.system.unreachable")} tone={status.database === "ok" ? "good" : "bad"} />
            <Row label={t("admin.system.stripe")} value={t("admin.system.stripeMode", { mode: status.stripeMode })} tone={status.stripeMode === "live" ? "good" : "neutral"} />
            <Row label={t("admin.system.email")} value={status.emailProvider === "resend" ? t("admin.system.resend") : t("admin.system.localSandbox")} />
            <Row label={t("admin.system.jobs")} value={status.inngestMode === "cloud" ? t("admin.system.inngestCloud") : t("admin.system.inProcess")} />
          </dl>
        </section>
        <section aria-label={t("admin.system.flags")} className="rounded-xl border border-slate-200 bg-white p-5">
          <h2 className="font-semibold text-slate-900">{t("admin.system.flags")}</h2>
          <dl className="mt-2 divide-y divide-slate-100 text-sm">
            {Object.entries(status.flags).map(([name, on]) => (
              <Row key={name} label={name} value={on ? t("admin.system.on") : t("admin.system.off")} tone={on ? "good" : "neutral"} />
            ))}
          </dl>
        </section>
        <section aria-label={t("admin.system.reminders")} className="rounded-xl border border-slate-200 bg-white p-5 md:col-span-2">
          <h2 className="font-semibold text-slate-900">{t("admin.system.reminders")}</h2>
          <p className="mt-1 text-sm text-slate-600">{t("admin.system.remindersIntro")}</p>
          <dl className="mt-2 divide-y divide-slate-100 text-sm" data-testid="reminder-settings">
            {Object.entries(status.reminders).map(([name, value]) => (
              <Row key={name} label={name} value={value || t("admin.system.none")} />
            ))}
          </dl>
        </section>
        <section aria-label={t("admin.system.outbox")} className="rounded-xl border border-slate-200 bg-white p-5 md:col-span-2">
          <h2 className="font-semibold text-slate-900">{t("admin.system.outbox")}</h2>
          <dl className="mt-2 divide-y divide-slate-100 text-sm">
            <Row label={t("admin.system.pending")} value={status.outbox ? String(status.outbox.pending) : t("admin.system.unknown")} tone={status.outbox && status.outbox.pending > 0 ? "bad" : "good"} />
            <Row label={t("admin.system.oldestPending")} value={status.outbox?.oldestPendingAt ? formatDate(status.outbox.oldestPendingAt) : "—"} />
            <Row label={t("admin.system.dead")} value={status.outbox ? String(status.outbox.dead) : t("admin.system.unknown")} tone={status.outbox && status.outbox.dead > 0 ? "bad" : "good"} />
          </dl>
          <form action={drainOutboxAction} className="mt-3 max-w-xs">
            <SubmitButton variant="secondary" pendingLabel={t("admin.system.sending")}>
              {t("admin.system.drain")}
            </SubmitButton>
          </form>
          {status.deadRows.length > 0 && (
            <div className="mt-5">
              <h3 className="font-semibold text-slate-900">{t("admin.system.deadRows")}</h3>
              <div className="mt-2">
                <DataTable
                  density="compact"
                  rows={status.deadRows}
                  rowKey={(row) => row.id}
                  columns={[
                    { header: t("admin.system.what"), cell: (row) => row.name, className: "font-mono text-xs" },
                    { header: t("admin.system.written"), cell: (row) => formatDate(row.createdAt) },
                    { header: t("admin.system.attempts"), cell: (row) => row.attempts, numeric: true },
                    { header: t("admin.system.lastError"), cell: (row) => <span title={row.lastError ?? ""}>{row.lastError}</span>, className: "max-w-xs truncate text-red-800" },
                    {
                      header: t("admin.system.action"),
                      headerHidden: true,
                      cell: (row) => (
                        <form action={requeueOutboxAction}>
                          <input type="hidden" name="id" value={row.id} />
                          <button type="submit" className="font-semibold text-brand-700 underline">
                            {t("admin.system.sendAgain")}
                          </button>
                        </form>
                      ),
                    },
                  ]}
                />
              </div>
              <form action={requeueOutboxAction} className="mt-3 max-w-xs">
                <input type="hidden" name="id" value="all" />
                <SubmitButton variant="secondary" pendingLabel={t("admin.system.queuing")}>{t("admin.system.sendAllAgain")}</SubmitButton>
              </form>
            </div>
          )}
        </section>
      </div>
      <FlashToast />
    </div>
  );
}
