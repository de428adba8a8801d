import { z } from "zod";
import { NudgeSequence, OnboardingStep, Role } from "@/lib/generated/prisma/enums";
import { OUTCOME_CODES } from "@/lib/admin/actions";
import { SORTS } from "@/lib/admin/creators";
import { LANGUAGES } from "@/lib/i18n/languages";
import { MILESTONES, WIZARD_PAGES } from "@/lib/onboarding/machine";
import { PAYOUT_STATES } from "@/lib/stripe/payout-state";

// What /api/v1 answers, as zod: the OpenAPI document is generated from these, and every
// answer is checked against them outside production (lib/http/api-route.ts). Objects are
// strict, so a field the schema does not name is a mismatch, not a silent extra.

const Timestamp = z.iso.datetime().meta({ description: "ISO 8601, UTC.", example: "2026-11-26T09:30:00.000Z" });
const Id = z.string().meta({ description: "An id as the API issues them (cuid).", example: "cmi4x3v2k0000a8l1b2c3d4e5" });
const Email = z.email().meta({ example: "creator@example.com" });

/** The success envelope: every JSON answer but the data exports is `{ data }`. */
export function data<T extends z.ZodType>(schema: T) {
  return z.strictObject({ data: schema });
}

const RoleSchema = z.enum(Role).meta({ id: "Role" });
const PayoutState = z.enum(PAYOUT_STATES as [string, ...string[]]).meta({ id: "PayoutState", description: "Where the creator's Stripe account stands." });
const WizardPage = z.enum(WIZARD_PAGES).meta({ id: "WizardPage", description: "A page of the onboarding wizard; `done` once nothing is left." });
const Milestone = z.enum(MILESTONES.map((definition) => definition.milestone) as [string, ...string[]]).meta({ id: "Milestone" });

export const Receipt = z.strictObject({ message: z.string() }).meta({ id: "Receipt", description: "The same answer whatever the address: it never tells whether an account exists." });

export const RegistrationReceipt = z
  .strictObject({ message: z.string(), verificationRequired: z.boolean() })
  .meta({ id: "RegistrationReceipt", description: "The same answer for a new address and for one that already has an account (no enumeration)." });

export const TokenGrant = z
  .strictObject({
    access_token: z.string().meta({ description: "Send as `Authorization: Bearer <token>`." }),
    token_type: z.literal("Bearer"),
    expires_in: z.number().int().meta({ description: "Seconds." }),
    role: RoleSchema,
  })
  .meta({ id: "TokenGrant" });

export const Me = z
  .strictObject({ id: Id, email: Email, role: RoleSchema, emailVerified: z.boolean(), sessionVersion: z.number().int().meta({ description: "Raised by every sign-out-everywhere; older tokens stop working." }) })
  .meta({ id: "Me" });

const RequirementError = z.strictObject({ requirement: z.string(), code: z.string(), reason: z.string() });

export const OnboardingStatus = z
  .strictObject({
    current_step: z.enum(OnboardingStep),
    completed: z.boolean(),
    started_at: Timestamp,
    completed_at: Timestamp.nullable(),
    completed_steps: z.array(z.strictObject({ step: Milestone, at: Timestamp })),
    next_step: z.strictObject({ page: WizardPage, url: z.string().meta({ example: "/onboarding/profile" }) }).nullable().meta({ description: "Null once onboarding is complete." }),
    payout: z.strictObject({
      state: PayoutState,
      charges_enabled: z.boolean(),
      payouts_enabled: z.boolean(),
      details_submitted: z.boolean(),
      requirements_due: z.array(z.string()).meta({ description: "What Stripe needs now, most urgent first." }),
      pending_verification: z.array(z.string()),
      requirement_errors: z.array(RequirementError),
      current_deadline: Timestamp.nullable(),
      disabled_reason: z.string().nullable(),
      paused_at: Timestamp.nullable(),
      activated_at: Timestamp.nullable(),
    }),
    features: z.strictObject({ email_verification: z.boolean(), stripe_connect: z.boolean() }),
    terms_version: z.string().meta({ description: "The current version of the terms: accept it with POST /api/v1/onboarding/terms." }),
  })
  .meta({ id: "OnboardingStatus" });

export const ConnectStart = z
  .strictObject({ onboarding_url: z.url().meta({ description: "Stripe's hosted onboarding (an Account Link): send the creator there. Single-use and short-lived." }) })
  .meta({ id: "ConnectStart" });

export const PendingEmail = z.strictObject({ pending_email: Email, message: z.string() }).meta({ id: "PendingEmailChange" });

export const SignIns = z
  .array(z.strictObject({ at: Timestamp, method: z.string(), ip: z.string().nullable(), userAgent: z.string().nullable() }))
  .meta({ id: "SignIns", description: "The 20 most recent sign-ins, newest first (an append-only record)." });

export const Deleted = z.strictObject({ deleted: z.literal(true) });

const Row = z.record(z.string(), z.unknown());

export const AccountExport = z
  .strictObject({
    format: z.literal("ofm-onboarding/account-export@1"),
    exportedAt: Timestamp,
    account: Row,
    profile: Row.nullable(),
    onboardingSession: Row.nullable(),
    automationResults: z.array(Row),
    emailDeliveries: z.array(Row),
    signIns: z.array(Row),
    agencyNotes: z.array(Row),
    agencyTags: z.array(z.string()),
    auditEntries: z.array(Row),
  })
  .meta({ id: "AccountExport", description: "Everything stored about the person (GDPR art. 15 and 20); no password hash, no token." });

const CreatorRow = z
  .strictObject({
    id: Id,
    email: Email,
    handle: z.string().nullable(),
    language: z.enum(LANGUAGES),
    country: z.string().nullable(),
    page: WizardPage,
    currentStep: z.enum(OnboardingStep),
    payout: PayoutState,
    signedUpAt: Timestamp,
    lastActivityAt: Timestamp,
    activatedAt: Timestamp.nullable(),
    disabled: z.boolean(),
    emailVerified: z.boolean(),
    profileCompleted: z.boolean().meta({ description: "The profile step is done: a payouts link can be sent." }),
    duplicateHandle: z.boolean().meta({ description: "Another creator has the same OnlyFans handle." }),
    tags: z.array(z.string()),
  })
  .meta({ id: "CreatorRow" });

export const CreatorList = z
  .strictObject({
    rows: z.array(CreatorRow),
    total: z.number().int(),
    totalIsCapped: z.boolean().meta({ description: "True when the count stopped at its cap (the total is at least this)." }),
    page: z.number().int(),
    pageCount: z.number().int(),
  })
  .meta({ id: "CreatorList", description: `Sorted by one of ${SORTS.join(", ")}.` });

export const CreatorDetail = z
  .strictObject({
    user: z.strictObject({ id: Id, email: Email, emailVerified: z.boolean(), disabledAt: Timestamp.nullable(), createdAt: Timestamp, acceptedTermsVersion: z.string().nullable() }),
    profile: Row,
    session: Row,
    page: WizardPage,
    timeline: z.array(z.strictObject({ step: z.string(), at: Timestamp.nullable() })),
    payout: Row,
    actions: z.record(z.string(), z.boolean()).meta({ description: "Which actions apply to this creator now (POST .../actions)." }),
    stripeDashboardUrl: z.url().nullable(),
    publicProfileUrl: z.url().nullable(),
    sameHandle: z.array(z.strictObject({ id: Id, email: Email })),
    notes: z.array(Row),
    tags: z.array(z.string()),
    automationRuns: z.array(Row),
    emails: z.array(Row),
    undeliverable: z.string().nullable().meta({ description: "Why mail to this creator is no longer sent (bounce, complaint), if it is not." }),
    audit: z.array(Row),
  })
  .meta({ id: "CreatorDetail" });

export const ActionOutcome = z
  .strictObject({
    outcome: z.enum(["success", "failure"]),
    code: z.enum(OUTCOME_CODES),
    values: z.record(z.string(), z.string()),
    message: z.string().meta({ description: "The outcome in English (also written to the audit log)." }),
  })
  .meta({ id: "ActionOutcome" });

export const Funnel = z
  .strictObject({
    steps: z.array(
      z.strictObject({
        key: z.union([z.literal("registered"), Milestone]),
        reached: z.number().int(),
        conversion: z.number().nullable().meta({ description: "Share of the previous step that reached this one." }),
        ofSignups: z.number(),
        medianHoursFromPrevious: z.number().nullable(),
        droppedAfter: z.number().int(),
        stuckOverWeek: z.number().int(),
      }),
    ),
    daily: z.array(z.strictObject({ day: z.iso.date(), signups: z.number().int(), activations: z.number().int() })),
    nudges: z
      .array(z.strictObject({ sequence: z.enum(NudgeSequence), nudged: z.number().int(), movedOn: z.number().int() }))
      .meta({ description: "Per reminder sequence: creators of the period who were sent a reminder, and how many of them moved on within 7 days of one." }),
    range: z.strictObject({ from: z.iso.date(), to: z.iso.date() }),
  })
  .meta({ id: "Funnel", description: "Creators who signed up in the period, step by step." });

export const Team = z
  .strictObject({
    admins: z.array(z.strictObject({ id: Id, email: Email, createdAt: Timestamp, disabledAt: Timestamp.nullable(), lastSignInAt: Timestamp.nullable() })),
    invites: z.array(z.strictObject({ id: Id, email: Email, expiresAt: Timestamp, invitedBy: Email.nullable() })),
  })
  .meta({ id: "Team" });

export const DrainResult = z.strictObject({ sent: z.number().int(), skipped: z.number().int(), failed: z.number().int(), dead: z.number().int() }).meta({ id: "DrainResult" });

const EmailEventResult = z.strictObject({ outcome: z.enum(["processed", "duplicate", "ignored"]), type: z.string() });

export const StripeWebhookReceipt = z
  .strictObject({
    received: z.literal(true),
    outcome: z.enum(["processed", "duplicate", "ignored", "failed"]),
    reason: z.string().optional().meta({ description: "Why an event was ignored or failed (still 2xx, so Stripe stops retrying)." }),
  })
  .meta({ id: "StripeWebhookReceipt" });

export const EmailWebhookReceipt = z.strictObject({ received: z.literal(true), ...EmailEventResult.shape }).meta({ id: "EmailWebhookReceipt" });
export const SendGridWebhookReceipt = z.strictObject({ received: z.literal(true), events: z.array(EmailEventResult) }).meta({ id: "SendGridWebhookReceipt" });


export const OpenApiDocument = z
  .looseObject({ openapi: z.literal("3.1.0"), info: z.looseObject({ title: z.string(), version: z.string() }), paths: z.record(z.string(), z.unknown()) })
  .meta({ id: "OpenApiDocument" });
