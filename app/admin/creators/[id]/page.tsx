import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { PayoutBadge } from "@/components/admin/badges";
import { AddNoteForm, AddTagForm } from "@/components/admin/creator-forms";
import { FlashToast } from "@/components/flash-toast";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { SubmitButton } from "@/components/ui/submit-button";
import { creatorDetail } from "@/lib/admin/creator-detail";
import { explainReason, storedReasons } from "@/lib/automation/explain";
import { AUTOMATION_STEPS } from "@/lib/automation/steps";
import { requirePageUser } from "@/lib/auth/page-guard";
import { AppError } from "@/lib/http/errors";
import { INTL_LOCALES, languageName, type MessageKey } from "@/lib/i18n";
import { currentTranslations, viewerTimeZone } from "@/lib/i18n/server";
import { describeRequirements } from "@/lib/stripe/requirements";
import { addNoteAction, addTagAction, adminCreatorAction, deleteCreatorAction, removeTagAction } from "./actions";
import { formatDateTime, formatTimeZone } from "@/lib/i18n/format";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslations();
  return { title: t("admin.nav.creators") };
}

function Section({ title, children, className = "" }: { title: string; children: ReactNode; className?: string }) {
  return (
    <section aria-label={title} className={`rounded-xl border border-slate-200 bg-white p-5 ${className}`}>
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      <div className="mt-3 text-sm">{children}</div>
    </section>
  );
}

function ActionButton({ userId, action, label, pendingLabel, extra }: { userId: string; action: string; label: string; pendingLabel: string; extra?: Record<string, string> }) {
  return (
    <form action={adminCreatorAction}>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="action" value={action} />
      {Object.entries(extra ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant="secondary" pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
    </form>
  );
}

export default async function CreatorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const admin = await requirePageUser({ roles: ["admin"], returnTo: `/admin/creators/${id}` });
  const { t, language } = await currentTranslations();
  const detail = await creatorDetail(admin, id).catch((error) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  const { user, profile, payout, actions } = detail;
  const timeZone = await viewerTimeZone();
  const formatDate = (date: Date | null) => (date ? formatDateTime(date, language, timeZone) : "—");
  const label = (key: string, fallback: string) => (t.has(key as MessageKey) ? t(key as MessageKey) : fallback);
  const working = t("common.working");
  const anyAction = Object.values(actions).some(Boolean);

  return (
    <div className="space-y-5">
      <Link href="/admin" className="text-sm font-medium text-brand-700 underline">
        {t("admin.creator.back")}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="min-w-0 text-2xl font-bold text-slate-900 [overflow-wrap:anywhere]">{user.email}</h1>
        <span className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-semibold text-slate-700">{t(`admin.pages.${detail.page}`)}</span>
        <PayoutBadge state={payout.state} label={t(`payout.states.${payout.state}`)} />
        {user.disabledAt && <span className="rounded-full bg-red-100 px-2.5 py-0.5 text-xs font-semibold text-red-900">{t("admin.creator.disabled")}</span>}
        {detail.tags.map((tag) => (
          <span key={tag} className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-semibold text-slate-700">
            {tag}
          </span>
        ))}
      </div>
      {detail.sameHandle.length > 0 && (
        <div role="note" data-testid="duplicate-handle" className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
          {t("admin.creator.duplicateHandle", { count: detail.sameHandle.length })}{" "}
          {detail.sameHandle.map((other, index) => (
            <span key={other.id}>
              {index > 0 && ", "}
              <Link href={`/admin/creators/${other.id}`} className="font-semibold underline">
                {other.email}
              </Link>
            </span>
          ))}
        </div>
      )}

      <div className="grid gap-5 lg:grid-cols-3">
        <Section title={t("admin.creator.actions")}>
          <div className="space-y-2">
            {!anyAction && <p className="text-slate-600">{t("admin.creator.noActions")}</p>}
            {actions.resend_verification && <ActionButton userId={user.id} action="resend_verification" label={t("admin.creator.action.resend_verification")} pendingLabel={working} />}
            {actions.send_stripe_link && <ActionButton userId={user.id} action="send_stripe_link" label={t("admin.creator.action.send_stripe_link")} pendingLabel={working} />}
            {actions.rerun_automation &&
              AUTOMATION_STEPS.map((step) => (
                <ActionButton key={step} userId={user.id} action="rerun_automation" extra={{ step }} label={t("admin.creator.action.rerun_automation", { step: t(`dashboard.automation.steps.${step}`) })} pendingLabel={working} />
              ))}
            {actions.enable_account && <ActionButton userId={user.id} action="enable_account" label={t("admin.creator.action.enable_account")} pendingLabel={working} />}
            {actions.disable_account && (
              <form id="disable-account" action={adminCreatorAction}>
                <input type="hidden" name="userId" value={user.id} />
                <input type="hidden" name="action" value="disable_account" />
                <ConfirmDialog
                  form="disable-account"
                  trigger={t("admin.creator.action.disable_account")}
                  title={t("admin.creator.confirmDisableTitle", { email: user.email })}
                  body={t("admin.creator.confirmDisableBody")}
                  confirmLabel={t("admin.creator.confirmDisable")}
                  cancelLabel={t("admin.creator.cancel")}
                />
              </form>
            )}
            <div className="space-y-2 border-t border-slate-100 pt-3">
              <a href={`/api/v1/admin/creators/${user.id}/export`} download className="block rounded-lg border border-slate-300 bg-white px-4 py-2.5 text-center font-semibold text-slate-900 hover:bg-slate-100">
                {t("admin.creator.exportData")}
              </a>
              <form id="delete-creator" action={deleteCreatorAction}>
                <input type="hidden" name="userId" value={user.id} />
                <ConfirmDialog
                  form="delete-creator"
                  trigger={t("admin.creator.deleteAccount")}
                  triggerClassName="w-full rounded-lg border border-red-300 bg-white px-4 py-2.5 font-semibold text-red-800 hover:bg-red-50"
                  title={t("admin.creator.deleteTitle", { email: user.email })}
                  body={t("admin.creator.deleteBody")}
                  confirmLabel={t("admin.creator.confirmDelete")}
                  cancelLabel={t("admin.creator.cancel")}
                />
              </form>
            </div>
          </div>
        </Section>

        <Section title={t("admin.creator.profile")}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <dt className="text-slate-600">{t("admin.creator.handle")}</dt>
            <dd>
              {profile.onlyfansHandle ? `@${profile.onlyfansHandle}` : "—"}
              {detail.publicProfileUrl && (
                <a href={detail.publicProfileUrl} target="_blank" rel="noopener noreferrer" className="ml-2 text-brand-700 underline">
                  {t("admin.creator.publicProfile")}
                </a>
              )}
            </dd>
            <dt className="text-slate-600">{t("admin.creator.country")}</dt>
            <dd>{profile.country ? (new Intl.DisplayNames([language], { type: "region" }).of(profile.country) ?? profile.country) : "—"}</dd>
            <dt className="text-slate-600">{t("admin.creator.language")}</dt>
            <dd>{languageName(profile.language)}</dd>
            <dt className="text-slate-600">{t("admin.creator.timezone")}</dt>
            <dd>{formatTimeZone(profile.timezone, language)}</dd>
            <dt className="text-slate-600">{t("admin.creator.categories")}</dt>
            <dd>{profile.contentCategories.map((category) => t(`onboarding.categories.${category}`)).join(", ") || "—"}</dd>
            <dt className="text-slate-600">{t("admin.creator.audience")}</dt>
            <dd>{profile.declaredAudienceSize?.toLocaleString(INTL_LOCALES[language]) ?? "—"}</dd>
            <dt className="text-slate-600">{t("admin.creator.sizeTier")}</dt>
            <dd>
              {profile.accountSize ? t(`dashboard.automation.sizes.${profile.accountSize}`) : "—"} / {profile.pricingTier ? t(`dashboard.automation.tiers.${profile.pricingTier}`) : "—"}
            </dd>
            <dt className="text-slate-600">{t("admin.creator.terms")}</dt>
            <dd>{user.acceptedTermsVersion ? t("admin.creator.termsVersion", { version: user.acceptedTermsVersion }) : t("admin.creator.termsNotAccepted")}</dd>
          </dl>
        </Section>

        <Section title={t("admin.creator.stripe")}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <dt className="text-slate-600">{t("admin.creator.account")}</dt>
            <dd className="min-w-0">
              {/* An id is copied whole: never broken across lines, scrolled if it must. */}
              <span className="block overflow-x-auto whitespace-nowrap font-mono text-xs">{profile.stripeAccountId ?? "—"}</span>
              {detail.stripeDashboardUrl && (
                <a href={detail.stripeDashboardUrl} target="_blank" rel="noopener noreferrer" className="block text-brand-700 underline">
                  {t("admin.creator.openInStripe")}
                </a>
              )}
              {profile.stripeAccountId && !detail.stripeDashboardUrl && <span className="block text-xs text-slate-600">{t("admin.creator.sandboxAccount")}</span>}
            </dd>
            <dt className="text-slate-600">{t("admin.creator.detailsSubmitted")}</dt>
            <dd>{profile.stripeOnboardingCompleted ? t("admin.creator.yes") : t("admin.creator.no")}</dd>
            <dt className="text-slate-600">{t("admin.creator.chargesPayouts")}</dt>
            <dd>
              {profile.stripeChargesEnabled ? t("admin.creator.enabled") : t("admin.creator.notEnabled")} / {profile.stripePayoutsEnabled ? t("admin.creator.enabled") : t("admin.creator.notEnabled")}
            </dd>
            <dt className="text-slate-600">{t("admin.creator.disabledReason")}</dt>
            <dd>{payout.disabledReason ? label(`payout.disabledReasons.${payout.disabledReason}`, payout.disabledReason) : "—"}</dd>
            <dt className="text-slate-600">{t("admin.creator.activated")}</dt>
            <dd>{formatDate(profile.activatedAt)}</dd>
            {payout.pausedAt && (
              <>
                <dt className="text-slate-600">{t("admin.creator.payoutsLost")}</dt>
                <dd className="font-semibold text-red-800">{formatDate(payout.pausedAt)}</dd>
              </>
            )}
            {profile.stripeDisconnectedAt && (
              <>
                <dt className="text-slate-600">{t("admin.creator.disconnected")}</dt>
                <dd className="font-semibold text-red-800">{formatDate(profile.stripeDisconnectedAt)}</dd>
              </>
            )}
            <dt className="text-slate-600">{t("admin.creator.deadline")}</dt>
            <dd>{formatDate(payout.deadline)}</dd>
            <dt className="text-slate-600">{t("admin.creator.lastRead")}</dt>
            <dd>{formatDate(payout.checkedAt)}</dd>
          </dl>
          {payout.errors.length > 0 && (
            <>
              <p className="mt-3 font-medium text-slate-900">{t("admin.creator.whyAgain")}</p>
              <ul className="mt-1 list-disc pl-5 text-slate-700">
                {payout.errors.map((error) => (
                  <li key={`${error.requirement}:${error.code}`}>{error.reason}</li>
                ))}
              </ul>
            </>
          )}
          {payout.requirementsDue.length > 0 && (
            <>
              <p className="mt-3 font-medium text-slate-900">{t("admin.creator.requirementsDue")}</p>
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
        <Section title={t("admin.creator.notes")}>
          {detail.notes.length === 0 ? (
            <p className="text-slate-600">{t("admin.creator.noNotes")}</p>
          ) : (
            <ul className="space-y-3" data-testid="notes">
              {detail.notes.map((note) => (
                <li key={note.id}>
                  <p className="whitespace-pre-line text-slate-900">{note.body}</p>
                  <p className="text-xs text-slate-600">{t("admin.creator.noteBy", { author: note.author?.email ?? t("admin.creator.deletedAdmin"), date: formatDate(note.createdAt) })}</p>
                </li>
              ))}
            </ul>
          )}
          <AddNoteForm userId={user.id} action={addNoteAction} />
        </Section>

        <Section title={t("admin.creator.tags")}>
          {detail.tags.length === 0 ? (
            <p className="text-slate-600">{t("admin.creator.noTags")}</p>
          ) : (
            <ul className="flex flex-wrap gap-2">
              {detail.tags.map((tag) => (
                <li key={tag} className="inline-flex items-center rounded-full bg-slate-100 pl-3 text-slate-800">
                  {tag}
                  <form action={removeTagAction}>
                    <input type="hidden" name="userId" value={user.id} />
                    <input type="hidden" name="tag" value={tag} />
                    <button type="submit" aria-label={t("admin.creator.removeTag", { tag })} className="px-2 py-0.5 text-slate-500 hover:text-red-700">
                      ×
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          )}
          <AddTagForm userId={user.id} action={addTagAction} />
        </Section>

        <Section title={t("admin.creator.timeline")}>
          <ol className="space-y-1.5">
            {detail.timeline.map((entry) => (
              <li key={entry.step} className="flex justify-between gap-3">
                <span className={entry.at ? "text-slate-900" : "text-slate-500"}>{label(`admin.steps.${entry.step}`, entry.step)}</span>
                <span className="text-slate-700">{formatDate(entry.at)}</span>
              </li>
            ))}
          </ol>
        </Section>

        <Section title={t("admin.creator.automation")}>
          {detail.automationRuns.length === 0 ? (
            <p className="text-slate-600">{t("admin.creator.noAnalysis")}</p>
          ) : (
            // One run per item, its facts labelled: readable at 360 px, where four columns ran together.
            <ul className="space-y-3" data-testid="automation-runs">
              {detail.automationRuns.map((run) => (
                <li key={run.id}>
                  <p className="font-medium text-slate-900">
                    {t(`dashboard.automation.steps.${run.step}`)} — {t(`admin.creator.runStatus.${run.status}`)}
                  </p>
                  <p className="text-xs text-slate-600">
                    {t("admin.creator.run.attempts")}: {run.attempts} · {t("admin.creator.run.finished")}: {formatDate(run.finishedAt)}
                  </p>
                  {run.status === "succeeded" && <p className="text-xs text-slate-600">{explainReasons(run.result, t, language)}</p>}
                  {run.error && <p className="text-xs text-red-700">{run.error}</p>}
                </li>
              ))}
            </ul>
          )}
        </Section>

        <Section title={t("admin.nudges.heading")}>
          {detail.nudges.length === 0 ? (
            <p className="text-slate-600">{t("admin.nudges.empty")}</p>
          ) : (
            <ul className="space-y-2" data-testid="nudges">
              {detail.nudges.map((nudge) => (
                <li key={nudge.id}>
                  <p className="font-medium text-slate-900">
                    {t(`admin.nudges.sequences.${nudge.sequence}`)} {nudge.number} — {t(`admin.nudges.statuses.${nudge.status}`, { at: formatDate(nudge.sentAt ?? nudge.cancelledAt) })}
                  </p>
                  <p className="text-xs text-slate-600">
                    {t("admin.nudges.due")}: {formatDate(nudge.dueAt)}
                    {nudge.reason && <> · {label(`admin.nudges.reasons.${nudge.reason}`, nudge.reason)}</>}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Section>

        <Section title={t("admin.creator.emails")}>
          {detail.undeliverable && (
            <p className="mb-2 rounded-md bg-red-50 px-3 py-2 text-red-900" data-testid="undeliverable">
              {t("admin.creator.undeliverable", { reason: detail.undeliverable })}
            </p>
          )}
          {detail.emails.length === 0 ? (
            <p className="text-slate-600">{t("admin.creator.noEmails")}</p>
          ) : (
            <ul className="space-y-1">
              {detail.emails.map((email) => (
                <li key={email.id} className="flex justify-between gap-3">
                  <span>
                    {label(`admin.creator.templates.${email.template}`, email.template)} <span className="text-xs text-slate-600">({languageName(email.language)})</span>
                    {email.status === "failed" && <span className="block text-xs text-red-700">{email.error}</span>}
                  </span>
                  <span className="text-xs text-slate-700">
                    {label(`admin.creator.emailStatus.${email.status}`, email.status)} · {formatDate(email.createdAt)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Section>

        <Section title={t("admin.creator.audit")}>
          {detail.audit.length === 0 ? (
            <p className="text-slate-600">{t("admin.creator.noAudit")}</p>
          ) : (
            <ul className="space-y-1.5" data-testid="audit-log">
              {detail.audit.map((entry) => {
                const details = (entry.details ?? {}) as { code?: string; values?: Record<string, string>; message?: string; tag?: string };
                const outcomeKey = `admin.outcomes.${details.code}` as MessageKey;
                const said = details.code && t.has(outcomeKey) ? t(outcomeKey, (details.values ?? {}) as never) : (details.message ?? details.tag);
                return (
                  <li key={entry.id}>
                    <span className="font-medium">{label(`admin.creator.auditActions.${entry.action}`, entry.action)}</span> — {label(`admin.creator.auditOutcome.${entry.outcome}`, entry.outcome)} ·{" "}
                    {entry.actor?.email ?? t("admin.creator.deletedAdmin")} · {formatDate(entry.at)}
                    {said && <span className="block text-xs text-slate-600">{said}</span>}
                  </li>
                );
              })}
            </ul>
          )}
        </Section>
      </div>
      <FlashToast />
    </div>
  );
}

function explainReasons(result: unknown, t: Parameters<typeof explainReason>[1], language: Parameters<typeof explainReason>[2]): string {
  return storedReasons(result)
    .map((reason) => explainReason(reason, t, language))
    .join(" ");
}
