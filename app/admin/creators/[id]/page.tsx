import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { PayoutBadge, STEP_LABELS } from "@/components/admin/badges";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { creatorDetail } from "@/lib/admin/creator-detail";
import { AUTOMATION_STEPS } from "@/lib/automation/steps";
import { requirePageUser } from "@/lib/auth/page-guard";
import { AppError } from "@/lib/http/errors";
import { currentTranslations } from "@/lib/i18n/server";
import { describeRequirements } from "@/lib/stripe/requirements";
import { notFound } from "next/navigation";
import { adminCreatorAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Creator" };

const formatDate = (date: Date | null) => (date ? date.toISOString().replace("T", " ").slice(0, 16) + " UTC" : "—");

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="rounded-xl border border-slate-200 bg-white p-5">
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      <div className="mt-3 text-sm">{children}</div>
    </section>
  );
}

function ActionButton({ userId, action, label, extra }: { userId: string; action: string; label: string; extra?: Record<string, string> }) {
  return (
    <form action={adminCreatorAction}>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="action" value={action} />
      {Object.entries(extra ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant="secondary" pendingLabel="Working…">
        {label}
      </SubmitButton>
    </form>
  );
}

export default async function CreatorPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { id } = await params;
  const { notice, outcome } = await searchParams;
  const admin = await requirePageUser({ roles: ["admin"], returnTo: `/admin/creators/${id}` });
  const { t } = await currentTranslations();
  const detail = await creatorDetail(admin, id).catch((error) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  const { user, profile, payout } = detail;
  const categories = profile.contentCategories.join(", ");

  return (
    <div className="space-y-5">
      <Link href="/admin" className="text-sm font-medium text-brand-700 underline">
        ← All creators
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold text-slate-900">{user.email}</h1>
        <span className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-semibold text-slate-700">{STEP_LABELS[detail.page]}</span>
        <PayoutBadge state={payout.state} />
        {user.disabledAt && <span className="rounded-full bg-red-100 px-2.5 py-0.5 text-xs font-semibold text-red-900">Disabled</span>}
      </div>
      {notice && <Alert tone={outcome === "success" ? "success" : "error"}>{notice}</Alert>}

      <div className="grid gap-5 lg:grid-cols-3">
        <Section title="Actions">
          <div className="space-y-2">
            {!user.emailVerified && <ActionButton userId={user.id} action="resend_verification" label="Resend verification email" />}
            {payout.state !== "active" && <ActionButton userId={user.id} action="send_stripe_link" label="Send a fresh Stripe link" />}
            {profile.activatedAt &&
              AUTOMATION_STEPS.map((step) => (
                <ActionButton key={step} userId={user.id} action="rerun_automation" extra={{ step }} label={`Re-run ${step.replace("_", " ")}`} />
              ))}
            {user.disabledAt ? (
              <ActionButton userId={user.id} action="enable_account" label="Enable account" />
            ) : (
              <ActionButton userId={user.id} action="disable_account" label="Disable account" />
            )}
          </div>
        </Section>

        <Section title="Profile">
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <dt className="text-slate-600">Handle</dt>
            <dd>{profile.onlyfansHandle ? `@${profile.onlyfansHandle}` : "—"}</dd>
            <dt className="text-slate-600">Country</dt>
            <dd>{profile.country ?? "—"}</dd>
            <dt className="text-slate-600">Language</dt>
            <dd className="uppercase">{profile.language}</dd>
            <dt className="text-slate-600">Time zone</dt>
            <dd>{profile.timezone}</dd>
            <dt className="text-slate-600">Categories</dt>
            <dd>{categories || "—"}</dd>
            <dt className="text-slate-600">Audience</dt>
            <dd>{profile.declaredAudienceSize?.toLocaleString("en-US") ?? "—"}</dd>
            <dt className="text-slate-600">Size / tier</dt>
            <dd>
              {profile.accountSize ?? "—"} / {profile.pricingTier ?? "—"}
            </dd>
            <dt className="text-slate-600">Terms</dt>
            <dd>{user.acceptedTermsVersion ? `v${user.acceptedTermsVersion}` : "not accepted"}</dd>
          </dl>
        </Section>

        <Section title="Stripe account">
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <dt className="text-slate-600">Account</dt>
            <dd className="break-all font-mono text-xs">{profile.stripeAccountId ?? "—"}</dd>
            <dt className="text-slate-600">Details submitted</dt>
            <dd>{profile.stripeOnboardingCompleted ? "yes" : "no"}</dd>
            <dt className="text-slate-600">Charges / payouts</dt>
            <dd>
              {profile.stripeChargesEnabled ? "enabled" : "disabled"} / {profile.stripePayoutsEnabled ? "enabled" : "disabled"}
            </dd>
            <dt className="text-slate-600">Disabled reason</dt>
            <dd>{payout.disabledReason ?? "—"}</dd>
            <dt className="text-slate-600">Activated</dt>
            <dd>{formatDate(profile.activatedAt)}</dd>
            {payout.pausedAt && (
              <>
                <dt className="text-slate-600">Payouts lost</dt>
                <dd className="font-semibold text-red-800">{formatDate(payout.pausedAt)}</dd>
              </>
            )}
            {profile.stripeDisconnectedAt && (
              <>
                <dt className="text-slate-600">Disconnected</dt>
                <dd className="font-semibold text-red-800">{formatDate(profile.stripeDisconnectedAt)}</dd>
              </>
            )}
            <dt className="text-slate-600">Deadline</dt>
            <dd>{formatDate(payout.deadline)}</dd>
            <dt className="text-slate-600">Last read from Stripe</dt>
            <dd>{formatDate(payout.checkedAt)}</dd>
          </dl>
          {payout.errors.length > 0 && (
            <>
              <p className="mt-3 font-medium text-slate-900">Why Stripe asks again</p>
              <ul className="mt-1 list-disc pl-5 text-slate-700">
                {payout.errors.map((error) => (
                  <li key={`${error.requirement}:${error.code}`}>{error.reason}</li>
                ))}
              </ul>
            </>
          )}
          {payout.requirementsDue.length > 0 && (
            <>
              <p className="mt-3 font-medium text-slate-900">Requirements due</p>
              <ul className="mt-1 list-disc pl-5 text-slate-700">
                {describeRequirements(payout.requirementsDue, t).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          )}
        </Section>
      </div>

      <div className="grid gap-5 lg:grid-cols-2">
        <Section title="Onboarding timeline">
          <ol className="space-y-1.5">
            {detail.timeline.map((entry) => (
              <li key={entry.step} className="flex justify-between gap-3">
                <span className={entry.at ? "text-slate-900" : "text-slate-500"}>{entry.step.replace("_", " ")}</span>
                <span className="text-slate-700">{formatDate(entry.at)}</span>
              </li>
            ))}
          </ol>
        </Section>

        <Section title="Automation runs">
          {detail.automationRuns.length === 0 ? (
            <p className="text-slate-600">No analysis yet.</p>
          ) : (
            <table className="w-full text-left">
              <thead className="text-xs uppercase text-slate-600">
                <tr>
                  <th scope="col">Step</th>
                  <th scope="col">Status</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Finished</th>
                </tr>
              </thead>
              <tbody>
                {detail.automationRuns.map((run) => (
                  <tr key={run.id} className="align-top">
                    <td>{run.step.replace("_", " ")}</td>
                    <td>
                      {run.status}
                      {run.error && <span className="block text-xs text-red-700">{run.error}</span>}
                    </td>
                    <td>{run.attempts}</td>
                    <td className="text-xs">{formatDate(run.finishedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Section>

        <Section title="Emails sent">
          {detail.undeliverable && (
            <p className="mb-2 rounded-md bg-red-50 px-3 py-2 text-red-900" data-testid="undeliverable">
              No more mail is sent to this address: {detail.undeliverable}.
            </p>
          )}
          {detail.emails.length === 0 ? (
            <p className="text-slate-600">None.</p>
          ) : (
            <ul className="space-y-1">
              {detail.emails.map((email) => (
                <li key={email.id} className="flex justify-between gap-3">
                  <span>
                    {email.template} <span className="text-xs uppercase text-slate-600">({email.language})</span>
                    {email.status === "failed" && <span className="block text-xs text-red-700">{email.error}</span>}
                  </span>
                  <span className="text-xs text-slate-700">
                    {email.status} · {formatDate(email.createdAt)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Section>

        <Section title="Audit log">
          {detail.audit.length === 0 ? (
            <p className="text-slate-600">No admin action yet.</p>
          ) : (
            <ul className="space-y-1.5" data-testid="audit-log">
              {detail.audit.map((entry) => (
                <li key={entry.id}>
                  <span className="font-medium">{entry.action.replaceAll("_", " ")}</span> — {entry.outcome} · {entry.actor?.email ?? "deleted admin"} · {formatDate(entry.at)}
                  {typeof (entry.details as { message?: unknown } | null)?.message === "string" && (
                    <span className="block text-xs text-slate-600">{(entry.details as { message: string }).message}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>
    </div>
  );
}
