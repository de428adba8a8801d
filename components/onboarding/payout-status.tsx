import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { INTL_LOCALES, type Language, type MessageKey, type Translator } from "@/lib/i18n";
import type { PayoutView } from "@/lib/onboarding/wizard";
import { describeRequirements } from "@/lib/stripe/requirements";

interface PayoutStatusProps {
  t: Translator;
  language: Language;
  timeZone: string;
  payout: PayoutView;
  supportEmail: string;
  /** Starts or resumes Stripe's hosted onboarding with a fresh link. */
  startAction: (formData: FormData) => Promise<void>;
  /** Reads the account from Stripe again. */
  checkAction: (formData: FormData) => Promise<void>;
  /** The page "Check again" returns to. */
  checkFrom: "dashboard" | "payouts";
  /** Shown while Stripe verifies (e.g. the way to the dashboard). */
  whileWaiting?: ReactNode;
  /** Shown once payouts are active (e.g. a link to the next page). */
  whenActive?: ReactNode;
}

const TONE: Record<PayoutView["state"], string> = {
  not_started: "bg-slate-100 text-slate-800",
  in_progress: "bg-amber-100 text-amber-900",
  needs_information: "bg-amber-100 text-amber-900",
  verifying: "bg-sky-100 text-sky-900",
  under_review: "bg-sky-100 text-sky-900",
  active: "bg-emerald-100 text-emerald-900",
  paused: "bg-red-100 text-red-900",
  rejected: "bg-red-100 text-red-900",
  disconnected: "bg-red-100 text-red-900",
};

/** Everything Stripe says about the creator's payouts, in plain words, with the next action. */
export function PayoutStatus({ t, language, timeZone, payout, supportEmail, startAction, checkAction, checkFrom, whileWaiting, whenActive }: PayoutStatusProps) {
  const locale = INTL_LOCALES[language];
  const formatDate = (date: Date) => date.toLocaleDateString(locale, { dateStyle: "long", timeZone });
  const formatTime = (date: Date) => date.toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit", timeZone });
  const reasonWording = payout.disabledReason && t.has(`payout.disabledReasons.${payout.disabledReason}` as MessageKey) ? t(`payout.disabledReasons.${payout.disabledReason}` as MessageKey) : undefined;

  const button = (label: string) => (
    <form action={startAction}>
      <SubmitButton pendingLabel={t("common.working")}>{label}</SubmitButton>
    </form>
  );
  const checkButton = (
    <form action={checkAction} className="space-y-2">
      <input type="hidden" name="from" value={checkFrom} />
      <SubmitButton variant="secondary" pendingLabel={t("common.working")}>
        {t("payout.checkAgain")}
      </SubmitButton>
      {payout.checkedAt && <p className="text-center text-xs text-slate-600">{t("payout.lastChecked", { time: formatTime(payout.checkedAt) })}</p>}
    </form>
  );
  const dueList = payout.requirementsDue.length > 0 && (
    <ul className="mt-1 list-disc space-y-1 pl-5">
      {describeRequirements(payout.requirementsDue, t).map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
  const errors = payout.errors.length > 0 && (
    <div data-testid="payout-errors">
      <p className="mt-3 font-semibold">{t("payout.errorsTitle")}</p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {payout.errors.map((error) => (
          <li key={`${error.requirement}:${error.code}`}>{error.reason}</li>
        ))}
      </ul>
    </div>
  );
  const deadline = payout.deadline && <p className="mt-3 font-semibold" data-testid="payout-deadline">{t("payout.deadline", { date: formatDate(payout.deadline) })}</p>;

  return (
    <div className="space-y-5">
      <div className="flex items-center justify-between gap-3 rounded-lg border border-slate-200 px-4 py-3">
        <span className="text-sm font-medium text-slate-700">{t("payout.stripeName")}</span>
        <span data-testid="payout-state" className={`rounded-full px-3 py-1 text-sm font-semibold ${TONE[payout.state]}`}>
          {t(`payout.states.${payout.state}`)}
        </span>
      </div>
      {payout.state === "not_started" && (
        <>
          <p className="text-slate-700">{t("payout.intro")}</p>
          {button(t("payout.connect"))}
        </>
      )}
      {payout.state === "in_progress" && (
        <>
          <p className="text-slate-700">{t("payout.inProgressBody")}</p>
          {button(t("payout.continueWithStripe"))}
        </>
      )}
      {payout.state === "needs_information" && (
        <>
          <Alert tone="info" title={t("payout.needsInformationBody")}>
            {dueList}
            {errors}
            {deadline}
          </Alert>
          {button(t("payout.provideMissing"))}
        </>
      )}
      {(payout.state === "verifying" || payout.state === "under_review") && (
        <>
          <Alert tone="info">{payout.state === "verifying" ? t("payout.verifyingBody") : t("payout.underReviewBody")}</Alert>
          {checkButton}
          {whileWaiting}
        </>
      )}
      {payout.state === "active" && (
        <>
          <Alert tone="success">{t("payout.activeBody")}</Alert>
          {payout.requirementsDue.length > 0 && (
            <Alert tone="info" title={t("payout.dueWhileActiveTitle")}>
              <p>{t("payout.dueWhileActiveBody")}</p>
              {dueList}
              {errors}
              {deadline}
            </Alert>
          )}
          {payout.futureDue.length > 0 && (
            <p className="text-sm text-slate-700">
              {t("payout.futureTitle")}: {describeRequirements(payout.futureDue, t).join(", ")}
              {payout.futureDeadline && <span data-testid="payout-future-deadline"> {t("payout.futureDeadline", { date: formatDate(payout.futureDeadline) })}</span>}
            </p>
          )}
          {payout.requirementsDue.length > 0 && button(t("payout.provideMissing"))}
          {whenActive}
        </>
      )}
      {payout.state === "paused" && (
        <>
          <Alert tone="error" title={t("payout.pausedTitle")}>
            <p>{t("payout.pausedBody")}</p>
            {dueList}
            {errors}
            {!dueList && reasonWording && <p className="mt-2">{reasonWording}</p>}
            {deadline}
          </Alert>
          {button(t("payout.resumeWithStripe"))}
          {checkButton}
        </>
      )}
      {payout.state === "disconnected" && (
        <>
          <Alert tone="error" title={t("payout.disconnectedTitle")}>
            {t("payout.disconnectedBody")}
          </Alert>
          {button(t("payout.reconnect"))}
        </>
      )}
      {payout.state === "rejected" && (
        <Alert tone="error">
          <p>{reasonWording ?? t("payout.rejectedBody")}</p>
          <p className="mt-2">{t("payout.rejectedNext")}</p>
          <p className="mt-2">
            <a href={`mailto:${supportEmail}`} className="font-semibold underline">
              {t("payout.contactSupport", { email: supportEmail })}
            </a>
          </p>
        </Alert>
      )}
    </div>
  );
}
