import type { OnboardingStep } from "@/lib/generated/prisma/enums";

// The onboarding flow as data. The session's `currentStep` is the furthest milestone
// reached; each milestone has a timestamp column. Pages, the status API and the admin
// timeline all read from here, and every write to a session goes through `transition`.

export type Milestone = Exclude<OnboardingStep, "registered" | "completed">;
export type WizardPage = "verify-email" | "terms" | "profile" | "payouts" | "done";

export interface Flags {
  emailVerification: boolean;
  stripeConnect: boolean;
}

export interface SessionState {
  currentStep: OnboardingStep;
  emailVerifiedAt: Date | null;
  termsAcceptedAt: Date | null;
  profileCompletedAt: Date | null;
  stripeStartedAt: Date | null;
  stripeCompletedAt: Date | null;
  completedAt: Date | null;
}

type TimestampField = "emailVerifiedAt" | "termsAcceptedAt" | "profileCompletedAt" | "stripeStartedAt" | "stripeCompletedAt";

interface MilestoneDefinition {
  milestone: Milestone;
  timestamp: TimestampField;
  page: Exclude<WizardPage, "done">;
  appliesWhen: (flags: Flags) => boolean;
  /** May happen again once reached (a creator resumes Stripe, edits the profile). */
  repeatable: boolean;
}

export const MILESTONES: readonly MilestoneDefinition[] = [
  { milestone: "email_verified", timestamp: "emailVerifiedAt", page: "verify-email", appliesWhen: (flags) => flags.emailVerification, repeatable: false },
  { milestone: "terms_accepted", timestamp: "termsAcceptedAt", page: "terms", appliesWhen: () => true, repeatable: false },
  { milestone: "profile_completed", timestamp: "profileCompletedAt", page: "profile", appliesWhen: () => true, repeatable: true },
  { milestone: "stripe_started", timestamp: "stripeStartedAt", page: "payouts", appliesWhen: (flags) => flags.stripeConnect, repeatable: true },
  { milestone: "stripe_completed", timestamp: "stripeCompletedAt", page: "payouts", appliesWhen: (flags) => flags.stripeConnect, repeatable: false },
];

/** Every stored step, in order: registration, the milestones, completion. */
export const STEP_ORDER: readonly OnboardingStep[] = ["registered", ...MILESTONES.map((definition) => definition.milestone), "completed"];

/** Every wizard page, in order ("done" last). */
export const WIZARD_PAGES = [...new Set<WizardPage>([...MILESTONES.map((definition) => definition.page), "done"])] as [WizardPage, ...WizardPage[]];

/** A milestone's column in onboarding_sessions, for SQL built from this table. */
export function timestampColumn(milestone: Milestone): string {
  return definitionOf(milestone).timestamp.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

export class IllegalTransitionError extends Error {
  constructor(
    readonly milestone: Milestone,
    readonly reason: "not_applicable" | "previous_step_missing" | "already_done",
    readonly missing?: Milestone,
  ) {
    super(
      reason === "not_applicable"
        ? `The step ${milestone} is turned off.`
        : reason === "already_done"
          ? `The step ${milestone} is already done.`
          : `The step ${milestone} needs ${missing} first.`,
    );
    this.name = "IllegalTransitionError";
  }
}

export function applicableMilestones(flags: Flags): MilestoneDefinition[] {
  return MILESTONES.filter((definition) => definition.appliesWhen(flags));
}

function definitionOf(milestone: Milestone): MilestoneDefinition {
  return MILESTONES.find((definition) => definition.milestone === milestone)!;
}

export function isDone(session: SessionState, milestone: Milestone): boolean {
  return session[definitionOf(milestone).timestamp] !== null;
}

/** The wizard page the creator should be on: the first applicable milestone not done yet. */
export function nextPage(session: SessionState, flags: Flags): WizardPage {
  const pending = applicableMilestones(flags).find((definition) => !isDone(session, definition.milestone));
  return pending?.page ?? "done";
}

/** Pages the creator may visit: every page up to and including the next one. */
export function reachablePages(session: SessionState, flags: Flags): WizardPage[] {
  const pages = wizardPages(flags);
  return pages.slice(0, pages.indexOf(nextPage(session, flags)) + 1);
}

/** The wizard pages that apply under these flags, in order ("done" last). */
export function wizardPages(flags: Flags): WizardPage[] {
  const pages = applicableMilestones(flags).map((definition) => definition.page);
  return [...new Set<WizardPage>([...pages, "done"])];
}

function isOnboardingComplete(session: SessionState, flags: Flags): boolean {
  return nextPage(session, flags) === "done";
}

export type SessionPatch = Partial<Pick<SessionState, TimestampField | "currentStep" | "completedAt">> & { completed?: boolean };

/**
 * The change to write for reaching `milestone` at `at`, or an IllegalTransitionError.
 * Reaching a repeatable milestone again changes nothing.
 */
export function transition(session: SessionState, milestone: Milestone, flags: Flags, at: Date = new Date()): SessionPatch {
  const definition = definitionOf(milestone);
  if (!definition.appliesWhen(flags)) throw new IllegalTransitionError(milestone, "not_applicable");
  if (isDone(session, milestone)) {
    if (definition.repeatable) return {};
    throw new IllegalTransitionError(milestone, "already_done");
  }
  const applicable = applicableMilestones(flags);
  const missing = applicable.slice(0, applicable.indexOf(definition)).find((previous) => !isDone(session, previous.milestone));
  if (missing) throw new IllegalTransitionError(milestone, "previous_step_missing", missing.milestone);

  const after: SessionState = { ...session, [definition.timestamp]: at };
  const patch: SessionPatch = { [definition.timestamp]: at };
  const furthest = furthestStep(after, flags);
  if (STEP_ORDER.indexOf(furthest) > STEP_ORDER.indexOf(session.currentStep)) patch.currentStep = furthest;
  if (isOnboardingComplete(after, flags) && !session.completedAt) {
    patch.currentStep = "completed";
    patch.completed = true;
    patch.completedAt = at;
  }
  return patch;
}

function furthestStep(session: SessionState, flags: Flags): OnboardingStep {
  if (isOnboardingComplete(session, flags)) return "completed";
  const reached = MILESTONES.filter((definition) => session[definition.timestamp] !== null);
  return reached.at(-1)?.milestone ?? "registered";
}

/**
 * A session that reached `step` (every milestone before it done, each at `at(milestone)`):
 * what the seed, the demo data and the test factories write, so they follow this table.
 */
export function sessionReaching(step: OnboardingStep, at: (milestone: Milestone) => Date = () => new Date(0)): SessionState & { completed: boolean } {
  const reached = STEP_ORDER.indexOf(step);
  const session = Object.fromEntries(MILESTONES.map((definition) => [definition.timestamp, STEP_ORDER.indexOf(definition.milestone) <= reached ? at(definition.milestone) : null])) as Pick<SessionState, TimestampField>;
  const completed = step === "completed";
  return { ...session, currentStep: step, completed, completedAt: completed ? at(MILESTONES[MILESTONES.length - 1].milestone) : null };
}


/**
 * The stored steps whose creators are on `page` — derived from the machine itself, so the
 * admin's "stuck at" filter can use the indexed `current_step` column.
 */
export function stepsOnPage(page: WizardPage, flags: Flags): OnboardingStep[] {
  return STEP_ORDER.filter((step) => nextPage(sessionReaching(step), flags) === page);
}
