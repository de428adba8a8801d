// Generated from /api/v1/openapi.json by `npm run api:types`. Do not edit.

export interface paths {
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a creator account
         * @description Sends a verification email. The answer is the same whether or not the address already has an account (that account's owner is emailed instead).
         *
         *     Rate-limited per client IP and per email: over the limit, 429 with `retry-after`.
         */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange email and password for a Bearer token
         * @description Rate-limited per IP and per email+IP, like the sign-in form.
         */
        post: operations["issueToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the email address with the link's token
         * @description The token is the `token` query parameter of the emailed link. A client that registered through this API on the app's origin holds the registration cookie and needs nothing else; any other client proves the account with `password` (or replaces it with `newPassword`), so whoever registered someone else's address cannot keep the account. Every earlier session ends; the answer carries a token.
         *
         *     Rate-limited per client IP and per email: over the limit, 429 with `retry-after`.
         */
        post: operations["verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the verification email again
         * @description Signed in: to yourself. Signed out: to `email`, with the same answer (and timing) whether or not an account exists.
         *
         *     Rate-limited per client IP and per email: over the limit, 429 with `retry-after`.
         */
        post: operations["resendVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/forgot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email a link to choose a new password
         * @description The same answer, in the same time, for every address.
         *
         *     Rate-limited per client IP and per email: over the limit, 429 with `retry-after`.
         */
        post: operations["forgotPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Choose a new password with a reset link's token
         * @description Every earlier session and token ends; the answer carries a fresh token.
         *
         *     Rate-limited per client IP and per email: over the limit, 429 with `retry-after`.
         */
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in account */
        get: operations["getMe"];
        put?: never;
        post?: never;
        /**
         * Delete the signed-in account
         * @description Password required. Personal data is removed, the address can register again, every session ends. A connected Stripe account stays the creator's own.
         *
         *     Rate-limited per client IP and per email: over the limit, 429 with `retry-after`.
         */
        delete: operations["deleteMe"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download everything stored about the signed-in person
         * @description A JSON file (GDPR art. 15 and 20), not wrapped in `data`.
         */
        get: operations["exportMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the password
         * @description Every other session and token ends; the answer carries a fresh token for this client.
         *
         *     Rate-limited per client IP and per email: over the limit, 429 with `retry-after`.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask to change the email address
         * @description Nothing changes until the new address confirms; the current one is told at once, with a way to undo.
         *
         *     Rate-limited per client IP and per email: over the limit, 429 with `retry-after`.
         */
        post: operations["changeEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sign-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recent sign-ins of the signed-in account */
        get: operations["listSignIns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the creator stands in onboarding
         * @description The current step, completed steps with times, the next page, and the payout account's state.
         */
        get: operations["getOnboardingStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding/terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept the terms
         * @description The version must be the current one: if the text changed since the creator read it, 409 `terms_changed`. Answers the new status.
         */
        post: operations["acceptTerms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Fill in (or edit) the creator's profile
         * @description Social handle, country, language, time zone, content categories and, optionally, audience size. Answers the new status.
         */
        put: operations["saveProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stripe/connect/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start (or resume) payouts onboarding on Stripe
         * @description Creates the creator's Stripe Express account once, then a fresh Account Link.
         */
        post: operations["startConnectOnboarding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/stripe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stripe's Connect events
         * @description Signature checked before anything is parsed. Each event applies once; an ignored or failed event is still answered 2xx so Stripe stops retrying.
         */
        post: operations["receiveStripeEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/email-preferences/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * One-click unsubscribe (RFC 8058)
         * @description The target of the `List-Unsubscribe` header of every marketing email (reminders of unfinished steps and of Stripe deadlines), POSTed by the mail client with the body `List-Unsubscribe=One-Click`. Needs no session: the link's token is signed for one account and its current address. Transactional mail is not affected.
         */
        post: operations["oneClickUnsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resend's delivery events
         * @description Signed through Svix (Standard Webhooks). Bounces and complaints suppress the address.
         */
        post: operations["receiveResendEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/sendgrid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** SendGrid's signed Event Webhook */
        post: operations["receiveSendGridEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/ses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Amazon SES events through SNS
         * @description Served only while Amazon SES sends the mail (404 otherwise). The message must come from SES_SNS_TOPIC_ARN (403 otherwise), be published within the last hour, and carry a signature that verifies against its certificate (an amazonaws.com URL). A subscription confirmation is confirmed only when its SubscribeURL is SNS's endpoint for the topic's region.
         */
        post: operations["receiveSesNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/creators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Creators, filtered, searched, sorted and paged */
        get: operations["listCreators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/creators/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The creators matching the filters, as CSV (streamed) */
        get: operations["exportCreatorsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/creators/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything about one creator */
        get: operations["getCreator"];
        put?: never;
        post?: never;
        /** Delete a creator's account on their request (audited) */
        delete: operations["deleteCreator"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/creators/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A creator's data export, on their behalf (audited) */
        get: operations["exportCreator"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/creators/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run an action on a creator (resend verification, Stripe link, re-run analysis, disable, enable)
         * @description Audited. An action that does not apply answers 200 with `outcome: failure` and a code saying why.
         */
        post: operations["runCreatorAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The onboarding funnel for a period
         * @description `days` (7, 30 or 90) or an explicit `from`/`to` (UTC days, at most a year).
         */
        get: operations["getFunnel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/admins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The admin team and its pending invitations */
        get: operations["listAdmins"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/admins/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove an admin from the team
         * @description Never the last active admin.
         */
        delete: operations["removeAdmin"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite an admin by email
         * @description A single-use link, valid for a limited time; accepting sets the password.
         */
        post: operations["inviteAdmin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Disable or re-enable any account
         * @description A disabled account cannot sign in and its sessions end at once; the last active admin cannot be disabled.
         */
        patch: operations["setAccountDisabled"];
        trace?: never;
    };
    "/api/v1/admin/outbox/drain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deliver what is waiting in the outbox now */
        post: operations["drainOutbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This document (OpenAPI 3.1)
         * @description Generated from the schemas the routes validate with. Rendered at /docs/api.
         */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The same answer for a new address and for one that already has an account (no enumeration). */
        RegistrationReceipt: {
            message: string;
            verificationRequired: boolean;
        };
        TokenGrant: {
            /** @description Send as `Authorization: Bearer <token>`. */
            access_token: string;
            /** @constant */
            token_type: "Bearer";
            /** @description Seconds. */
            expires_in: number;
            role: components["schemas"]["Role"];
        };
        /** @enum {string} */
        Role: "creator" | "admin";
        /** @description The same answer whatever the address: it never tells whether an account exists. */
        Receipt: {
            message: string;
        };
        Me: {
            /**
             * @description An id as the API issues them (cuid).
             * @example cmi4x3v2k0000a8l1b2c3d4e5
             */
            id: string;
            /**
             * Format: email
             * @example creator@example.com
             */
            email: string;
            role: components["schemas"]["Role"];
            emailVerified: boolean;
            /** @description Raised by every sign-out-everywhere; older tokens stop working. */
            sessionVersion: number;
        };
        /** @description Everything stored about the person (GDPR art. 15 and 20); no password hash, no token. */
        AccountExport: {
            /** @constant */
            format: "ofm-onboarding/account-export@1";
            /**
             * Format: date-time
             * @description ISO 8601, UTC.
             * @example 2026-11-26T09:30:00.000Z
             */
            exportedAt: string;
            account: {
                [key: string]: unknown;
            };
            profile: {
                [key: string]: unknown;
            } | null;
            onboardingSession: {
                [key: string]: unknown;
            } | null;
            automationResults: {
                [key: string]: unknown;
            }[];
            emailDeliveries: {
                [key: string]: unknown;
            }[];
            signIns: {
                [key: string]: unknown;
            }[];
            agencyNotes: {
                [key: string]: unknown;
            }[];
            agencyTags: string[];
            auditEntries: {
                [key: string]: unknown;
            }[];
        };
        PendingEmailChange: {
            /**
             * Format: email
             * @example creator@example.com
             */
            pending_email: string;
            message: string;
        };
        /** @description The 20 most recent sign-ins, newest first (an append-only record). */
        SignIns: {
            /**
             * Format: date-time
             * @description ISO 8601, UTC.
             * @example 2026-11-26T09:30:00.000Z
             */
            at: string;
            method: string;
            ip: string | null;
            userAgent: string | null;
        }[];
        OnboardingStatus: {
            /** @enum {string} */
            current_step: "registered" | "email_verified" | "terms_accepted" | "profile_completed" | "stripe_started" | "stripe_completed" | "completed";
            completed: boolean;
            /**
             * Format: date-time
             * @description ISO 8601, UTC.
             * @example 2026-11-26T09:30:00.000Z
             */
            started_at: string;
            completed_at: string | null;
            completed_steps: {
                step: components["schemas"]["Milestone"];
                /**
                 * Format: date-time
                 * @description ISO 8601, UTC.
                 * @example 2026-11-26T09:30:00.000Z
                 */
                at: string;
            }[];
            /** @description Null once onboarding is complete. */
            next_step: {
                page: components["schemas"]["WizardPage"];
                /** @example /onboarding/profile */
                url: string;
            } | null;
            payout: {
                state: components["schemas"]["PayoutState"];
                charges_enabled: boolean;
                payouts_enabled: boolean;
                details_submitted: boolean;
                /** @description What Stripe needs now, most urgent first. */
                requirements_due: string[];
                pending_verification: string[];
                requirement_errors: {
                    requirement: string;
                    code: string;
                    reason: string;
                }[];
                current_deadline: string | null;
                disabled_reason: string | null;
                paused_at: string | null;
                activated_at: string | null;
            };
            features: {
                email_verification: boolean;
                stripe_connect: boolean;
            };
            /** @description The current version of the terms: accept it with POST /api/v1/onboarding/terms. */
            terms_version: string;
        };
        /** @enum {string} */
        Milestone: "email_verified" | "terms_accepted" | "profile_completed" | "stripe_started" | "stripe_completed";
        /**
         * @description A page of the onboarding wizard; `done` once nothing is left.
         * @enum {string}
         */
        WizardPage: "verify-email" | "terms" | "profile" | "payouts" | "done";
        /**
         * @description Where the creator's Stripe account stands.
         * @enum {string}
         */
        PayoutState: "not_started" | "in_progress" | "needs_information" | "verifying" | "under_review" | "active" | "paused" | "rejected" | "disconnected";
        ConnectStart: {
            /**
             * Format: uri
             * @description Stripe's hosted onboarding (an Account Link): send the creator there. Single-use and short-lived.
             */
            onboarding_url: string;
        };
        StripeWebhookReceipt: {
            /** @constant */
            received: true;
            /** @enum {string} */
            outcome: "processed" | "duplicate" | "ignored" | "failed";
            /** @description Why an event was ignored or failed (still 2xx, so Stripe stops retrying). */
            reason?: string;
        };
        EmailWebhookReceipt: {
            /** @constant */
            received: true;
            /** @enum {string} */
            outcome: "processed" | "duplicate" | "ignored";
            type: string;
        };
        SendGridWebhookReceipt: {
            /** @constant */
            received: true;
            events: {
                /** @enum {string} */
                outcome: "processed" | "duplicate" | "ignored";
                type: string;
            }[];
        };
        /** @description Sorted by one of signed_up, last_activity, email, step, payouts, language. */
        CreatorList: {
            rows: components["schemas"]["CreatorRow"][];
            total: number;
            /** @description True when the count stopped at its cap (the total is at least this). */
            totalIsCapped: boolean;
            page: number;
            pageCount: number;
        };
        CreatorRow: {
            /**
             * @description An id as the API issues them (cuid).
             * @example cmi4x3v2k0000a8l1b2c3d4e5
             */
            id: string;
            /**
             * Format: email
             * @example creator@example.com
             */
            email: string;
            handle: string | null;
            /** @enum {string} */
            language: "en" | "fr";
            country: string | null;
            page: components["schemas"]["WizardPage"];
            /** @enum {string} */
            currentStep: "registered" | "email_verified" | "terms_accepted" | "profile_completed" | "stripe_started" | "stripe_completed" | "completed";
            payout: components["schemas"]["PayoutState"];
            /**
             * Format: date-time
             * @description ISO 8601, UTC.
             * @example 2026-11-26T09:30:00.000Z
             */
            signedUpAt: string;
            /**
             * Format: date-time
             * @description ISO 8601, UTC.
             * @example 2026-11-26T09:30:00.000Z
             */
            lastActivityAt: string;
            activatedAt: string | null;
            disabled: boolean;
            emailVerified: boolean;
            /** @description The profile step is done: a payouts link can be sent. */
            profileCompleted: boolean;
            /** @description Another creator has the same OnlyFans handle. */
            duplicateHandle: boolean;
            tags: string[];
        };
        CreatorDetail: {
            user: {
                /**
                 * @description An id as the API issues them (cuid).
                 * @example cmi4x3v2k0000a8l1b2c3d4e5
                 */
                id: string;
                /**
                 * Format: email
                 * @example creator@example.com
                 */
                email: string;
                emailVerified: boolean;
                disabledAt: string | null;
                /**
                 * Format: date-time
                 * @description ISO 8601, UTC.
                 * @example 2026-11-26T09:30:00.000Z
                 */
                createdAt: string;
                acceptedTermsVersion: string | null;
            };
            profile: {
                [key: string]: unknown;
            };
            session: {
                [key: string]: unknown;
            };
            page: components["schemas"]["WizardPage"];
            timeline: {
                step: string;
                at: string | null;
            }[];
            payout: {
                [key: string]: unknown;
            };
            /** @description Which actions apply to this creator now (POST .../actions). */
            actions: {
                [key: string]: boolean;
            };
            stripeDashboardUrl: string | null;
            publicProfileUrl: string | null;
            sameHandle: {
                /**
                 * @description An id as the API issues them (cuid).
                 * @example cmi4x3v2k0000a8l1b2c3d4e5
                 */
                id: string;
                /**
                 * Format: email
                 * @example creator@example.com
                 */
                email: string;
            }[];
            notes: {
                [key: string]: unknown;
            }[];
            tags: string[];
            automationRuns: {
                [key: string]: unknown;
            }[];
            emails: {
                [key: string]: unknown;
            }[];
            /** @description Why mail to this creator is no longer sent (bounce, complaint), if it is not. */
            undeliverable: string | null;
            audit: {
                [key: string]: unknown;
            }[];
        };
        ActionOutcome: {
            /** @enum {string} */
            outcome: "success" | "failure";
            /** @enum {string} */
            code: "verification_sent" | "already_verified" | "stripe_link_sent" | "stripe_connect_off" | "not_at_payouts_yet" | "payouts_already_active" | "analysis_rerun" | "analysis_needs_activation" | "account_disabled" | "account_enabled" | "already_disabled" | "already_enabled" | "unexpected_failure";
            values: {
                [key: string]: string;
            };
            /** @description The outcome in English (also written to the audit log). */
            message: string;
        };
        /** @description Creators who signed up in the period, step by step. */
        Funnel: {
            steps: {
                key: "registered" | components["schemas"]["Milestone"];
                reached: number;
                /** @description Share of the previous step that reached this one. */
                conversion: number | null;
                ofSignups: number;
                medianHoursFromPrevious: number | null;
                droppedAfter: number;
                stuckOverWeek: number;
            }[];
            daily: {
                /** Format: date */
                day: string;
                signups: number;
                activations: number;
            }[];
            /** @description Per reminder sequence: creators of the period who were sent a reminder, and how many of them moved on within 7 days of one. */
            nudges: {
                /** @enum {string} */
                sequence: "email_not_verified" | "terms_not_accepted" | "profile_not_filled" | "payouts_not_finished" | "payouts_need_information" | "payouts_deadline";
                nudged: number;
                movedOn: number;
            }[];
            range: {
                /** Format: date */
                from: string;
                /** Format: date */
                to: string;
            };
        };
        Team: {
            admins: {
                /**
                 * @description An id as the API issues them (cuid).
                 * @example cmi4x3v2k0000a8l1b2c3d4e5
                 */
                id: string;
                /**
                 * Format: email
                 * @example creator@example.com
                 */
                email: string;
                /**
                 * Format: date-time
                 * @description ISO 8601, UTC.
                 * @example 2026-11-26T09:30:00.000Z
                 */
                createdAt: string;
                disabledAt: string | null;
                lastSignInAt: string | null;
            }[];
            invites: {
                /**
                 * @description An id as the API issues them (cuid).
                 * @example cmi4x3v2k0000a8l1b2c3d4e5
                 */
                id: string;
                /**
                 * Format: email
                 * @example creator@example.com
                 */
                email: string;
                /**
                 * Format: date-time
                 * @description ISO 8601, UTC.
                 * @example 2026-11-26T09:30:00.000Z
                 */
                expiresAt: string;
                invitedBy: string | null;
            }[];
        };
        DrainResult: {
            sent: number;
            skipped: number;
            failed: number;
            dead: number;
        };
        OpenApiDocument: {
            /** @constant */
            openapi: "3.1.0";
            info: {
                title: string;
                version: string;
            } & {
                [key: string]: unknown;
            };
            paths: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                    /** @enum {string} */
                    language?: "en" | "fr";
                    timeZone?: string;
                };
            };
        };
        responses: {
            /** @description Registered, or already registered (indistinguishable). */
            201: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Only to a page of this origin (its `Origin` header): a registration cookie, so that confirming the email in this browser signs in. */
                    "set-cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["RegistrationReceipt"];
                    };
                };
            };
            /** @description Bad request: `invalid_json`, `invalid_encoding`. */
            400: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "invalid_json" | "invalid_encoding";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Body too large: `payload_too_large`. */
            413: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "payload_too_large";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unsupported_media_type";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Invalid input: `validation_failed`, `invalid_encoding`, `password_too_short`, `password_too_long`, `password_too_weak`, `password_matches_email`. */
            422: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "validation_failed" | "invalid_encoding" | "password_too_short" | "password_too_long" | "password_too_weak" | "password_matches_email";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Too many requests: `rate_limited`. */
            429: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "rate_limited";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    issueToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description A token for `Authorization: Bearer`. */
            200: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TokenGrant"];
                    };
                };
            };
            /** @description Bad request: `invalid_json`, `invalid_encoding`. */
            400: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "invalid_json" | "invalid_encoding";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token or session is no longer valid: `invalid_credentials`. */
            401: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "invalid_credentials";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Forbidden: `account_disabled`. */
            403: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "account_disabled";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Body too large: `payload_too_large`. */
            413: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "payload_too_large";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unsupported_media_type";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Invalid input: `validation_failed`, `invalid_encoding`, `password_too_long`. */
            422: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "validation_failed" | "invalid_encoding" | "password_too_long";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Too many requests: `rate_limited`. */
            429: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "rate_limited";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    verifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    password?: string;
                    newPassword?: string;
                };
            };
        };
        responses: {
            /** @description Verified and signed in. */
            200: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TokenGrant"];
                    };
                };
            };
            /** @description Bad request: `invalid_json`, `invalid_encoding`, `token_invalid`. */
            400: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "invalid_json" | "invalid_encoding" | "token_invalid";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Forbidden: `account_disabled`. */
            403: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "account_disabled";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Conflict with the current state: `token_used`. */
            409: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "token_used";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Gone (an expired link): `token_expired`. */
            410: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "token_expired";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Body too large: `payload_too_large`. */
            413: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "payload_too_large";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unsupported_media_type";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Invalid input: `validation_failed`, `password_required`, `invalid_credentials`, `invalid_encoding`, `password_too_short`, `password_too_long`, `password_too_weak`, `password_matches_email`. */
            422: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "validation_failed" | "password_required" | "invalid_credentials" | "invalid_encoding" | "password_too_short" | "password_too_long" | "password_too_weak" | "password_matches_email";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Too many requests: `rate_limited`. */
            429: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "rate_limited";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    resendVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email?: string;
                };
            };
        };
        responses: {
            /** @description Accepted. */
            202: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Receipt"];
                    };
                };
            };
            /** @description Bad request: `invalid_json`, `invalid_encoding`. */
            400: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "invalid_json" | "invalid_encoding";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Body too large: `payload_too_large`. */
            413: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "payload_too_large";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unsupported_media_type";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Invalid input: `validation_failed`. */
            422: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "validation_failed";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Too many requests: `rate_limited`. */
            429: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "rate_limited";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    forgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    /** @enum {string} */
                    language?: "en" | "fr";
                };
            };
        };
        responses: {
            /** @description Accepted. */
            202: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Receipt"];
                    };
                };
            };
            /** @description Bad request: `invalid_json`, `invalid_encoding`. */
            400: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "invalid_json" | "invalid_encoding";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Body too large: `payload_too_large`. */
            413: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "payload_too_large";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unsupported_media_type";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Invalid input: `validation_failed`. */
            422: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "validation_failed";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Too many requests: `rate_limited`. */
            429: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "rate_limited";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Password changed. */
            200: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TokenGrant"];
                    };
                };
            };
            /** @description Bad request: `invalid_json`, `invalid_encoding`, `token_invalid`. */
            400: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "invalid_json" | "invalid_encoding" | "token_invalid";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Forbidden: `account_disabled`. */
            403: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "account_disabled";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Conflict with the current state: `token_used`. */
            409: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "token_used";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Gone (an expired link): `token_expired`. */
            410: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "token_expired";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Body too large: `payload_too_large`. */
            413: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "payload_too_large";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unsupported_media_type";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Invalid input: `validation_failed`, `invalid_encoding`, `password_too_short`, `password_too_long`, `password_too_weak`, `password_matches_email`. */
            422: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "validation_failed" | "invalid_encoding" | "password_too_short" | "password_too_long" | "password_too_weak" | "password_matches_email";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Too many requests: `rate_limited`. */
            429: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "rate_limited";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Me"];
                    };
                };
            };
            /** @description Not signed in, or the token or session is no longer valid: `unauthenticated`. */
            401: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unauthenticated";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    deleteMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @constant */
                            deleted: true;
                        };
                    };
                };
            };
            /** @description Bad request: `invalid_json`, `invalid_encoding`. */
            400: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "invalid_json" | "invalid_encoding";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token or session is no longer valid: `unauthenticated`. */
            401: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unauthenticated";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Conflict with the current state: `last_admin`. */
            409: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "last_admin";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Body too large: `payload_too_large`. */
            413: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "payload_too_large";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unsupported_media_type";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Invalid input: `validation_failed`, `invalid_credentials`. */
            422: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "validation_failed" | "invalid_credentials";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Too many requests: `rate_limited`. */
            429: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "rate_limited";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    exportMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export, as an attachment. */
            200: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description attachment; filename=… */
                    "content-disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountExport"];
                };
            };
            /** @description Not signed in, or the token or session is no longer valid: `unauthenticated`. */
            401: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unauthenticated";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Changed. */
            200: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TokenGrant"];
                    };
                };
            };
            /** @description Bad request: `invalid_json`, `invalid_encoding`. */
            400: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "invalid_json" | "invalid_encoding";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token or session is no longer valid: `unauthenticated`. */
            401: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unauthenticated";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Body too large: `payload_too_large`. */
            413: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "payload_too_large";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unsupported_media_type";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Invalid input: `validation_failed`, `invalid_credentials`, `invalid_encoding`, `password_too_short`, `password_too_long`, `password_too_weak`, `password_matches_email`. */
            422: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "validation_failed" | "invalid_credentials" | "invalid_encoding" | "password_too_short" | "password_too_long" | "password_too_weak" | "password_matches_email";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Too many requests: `rate_limited`. */
            429: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "rate_limited";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    changeEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    newEmail: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description A confirmation link went to the new address. */
            202: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PendingEmailChange"];
                    };
                };
            };
            /** @description Bad request: `invalid_json`, `invalid_encoding`. */
            400: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "invalid_json" | "invalid_encoding";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token or session is no longer valid: `unauthenticated`. */
            401: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unauthenticated";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Forbidden: `email_not_verified`. */
            403: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "email_not_verified";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Conflict with the current state: `email_taken`. */
            409: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "email_taken";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Body too large: `payload_too_large`. */
            413: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "payload_too_large";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unsupported_media_type";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Invalid input: `validation_failed`, `invalid_credentials`, `email_unchanged`. */
            422: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "validation_failed" | "invalid_credentials" | "email_unchanged";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Too many requests: `rate_limited`. */
            429: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "rate_limited";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    listSignIns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. */
            200: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SignIns"];
                    };
                };
            };
            /** @description Not signed in, or the token or session is no longer valid: `unauthenticated`. */
            401: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unauthenticated";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    getOnboardingStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The status. */
            200: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["OnboardingStatus"];
                    };
                };
            };
            /** @description Not signed in, or the token or session is no longer valid: `unauthenticated`. */
            401: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unauthenticated";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Forbidden: `forbidden`. */
            403: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "forbidden";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Not found: `onboarding_not_found`. */
            404: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "onboarding_not_found";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    acceptTerms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version of the terms the creator was shown (`terms_version` in the status). */
                    version: string;
                };
            };
        };
        responses: {
            /** @description Accepted; what comes next. */
            200: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["OnboardingStatus"];
                    };
                };
            };
            /** @description Bad request: `invalid_json`, `invalid_encoding`. */
            400: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "invalid_json" | "invalid_encoding";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token or session is no longer valid: `unauthenticated`. */
            401: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unauthenticated";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Forbidden: `forbidden`. */
            403: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "forbidden";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Not found: `onboarding_not_found`. */
            404: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "onboarding_not_found";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Conflict with the current state: `illegal_transition`, `terms_changed`. */
            409: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "illegal_transition" | "terms_changed";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Body too large: `payload_too_large`. */
            413: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "payload_too_large";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unsupported_media_type";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Invalid input: `validation_failed`. */
            422: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "validation_failed";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    saveProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    onlyfansHandle: string;
                    country: string;
                    /** @enum {string} */
                    language: "en" | "fr";
                    timezone: string;
                    contentCategories: ("fitness" | "lifestyle" | "fashion" | "beauty" | "cosplay" | "gaming" | "music" | "art" | "comedy" | "travel" | "cooking" | "education" | "adult")[];
                    declaredAudienceSize?: number;
                };
            };
        };
        responses: {
            /** @description Saved; what comes next. */
            200: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["OnboardingStatus"];
                    };
                };
            };
            /** @description Bad request: `invalid_json`, `invalid_encoding`. */
            400: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "invalid_json" | "invalid_encoding";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token or session is no longer valid: `unauthenticated`. */
            401: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unauthenticated";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Forbidden: `forbidden`. */
            403: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "forbidden";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Not found: `onboarding_not_found`. */
            404: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "onboarding_not_found";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Conflict with the current state: `illegal_transition`. */
            409: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "illegal_transition";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Body too large: `payload_too_large`. */
            413: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "payload_too_large";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unsupported_media_type";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Invalid input: `validation_failed`. */
            422: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "validation_failed";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    startConnectOnboarding: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Where Stripe sends the creator back (an allowed origin only); defaults to the wizard. */
                    return_url?: string;
                    /** @description Where Stripe sends the creator when the link has expired. */
                    refresh_url?: string;
                };
            };
        };
        responses: {
            /** @description Where to send the creator. */
            200: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ConnectStart"];
                    };
                };
            };
            /** @description Bad request: `invalid_json`, `invalid_encoding`, `return_url_not_allowed`. */
            400: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "invalid_json" | "invalid_encoding" | "return_url_not_allowed";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token or session is no longer valid: `unauthenticated`. */
            401: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unauthenticated";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Forbidden: `forbidden`. */
            403: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "forbidden";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Not found: `feature_disabled`, `onboarding_not_found`. */
            404: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "feature_disabled" | "onboarding_not_found";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Conflict with the current state: `stripe_access_revoked`, `illegal_transition`. */
            409: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "stripe_access_revoked" | "illegal_transition";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Body too large: `payload_too_large`. */
            413: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "payload_too_large";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unsupported_media_type";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Invalid input: `validation_failed`, `stripe_country_unsupported`, `stripe_request_invalid`. */
            422: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "validation_failed" | "stripe_country_unsupported" | "stripe_request_invalid";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `stripe_unavailable`, `stripe_misconfigured`, `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "stripe_unavailable" | "stripe_misconfigured" | "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    receiveStripeEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description `t=<unix time>,v1=<HMAC-SHA256>` over `t.body` with the endpoint's signing secret. */
                "stripe-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description A Stripe Event object. Read raw: the signature covers the exact bytes. */
        requestBody: {
            content: {
                "application/json": string;
            };
        };
        responses: {
            /** @description Received. */
            200: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["StripeWebhookReceipt"];
                    };
                };
            };
            /** @description Bad request: `invalid_encoding`, `signature_invalid`, `invalid_body`. */
            400: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "invalid_encoding" | "signature_invalid" | "invalid_body";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Body too large: `payload_too_large`. */
            413: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "payload_too_large";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `stripe_unavailable`, `stripe_misconfigured`, `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "stripe_unavailable" | "stripe_misconfigured" | "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    oneClickUnsubscribe: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description `List-Unsubscribe=One-Click`, as RFC 8058 says. */
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": string;
            };
        };
        responses: {
            /** @description No more marketing mail to this address. */
            200: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @constant */
                            unsubscribed: true;
                        };
                    };
                };
            };
            /** @description Bad request: `invalid_encoding`, `token_invalid`, `invalid_body`. */
            400: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "invalid_encoding" | "token_invalid" | "invalid_body";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Body too large: `payload_too_large`. */
            413: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "payload_too_large";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Invalid input: `validation_failed`. */
            422: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "validation_failed";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    receiveResendEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id. */
                "svix-id": string;
                /** @description Unix seconds. */
                "svix-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256>` over `id.timestamp.body`. */
                "svix-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description A Resend email event. Read raw: the signature covers the exact bytes. */
        requestBody: {
            content: {
                "application/json": string;
            };
        };
        responses: {
            /** @description Received. */
            200: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["EmailWebhookReceipt"];
                    };
                };
            };
            /** @description Bad request: `invalid_encoding`, `signature_invalid`. */
            400: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "invalid_encoding" | "signature_invalid";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Body too large: `payload_too_large`. */
            413: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "payload_too_large";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    receiveSendGridEvents: {
        parameters: {
            query?: never;
            header: {
                /** @description ECDSA (P-256, SHA-256) over timestamp + body, base64. */
                "x-twilio-email-event-webhook-signature": string;
                /** @description Unix seconds. */
                "x-twilio-email-event-webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description An array of SendGrid events. Read raw: the signature covers the exact bytes. */
        requestBody: {
            content: {
                "application/json": string;
            };
        };
        responses: {
            /** @description Received. */
            200: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SendGridWebhookReceipt"];
                    };
                };
            };
            /** @description Bad request: `invalid_encoding`, `signature_invalid`, `invalid_body`. */
            400: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "invalid_encoding" | "signature_invalid" | "invalid_body";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Body too large: `payload_too_large`. */
            413: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "payload_too_large";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    receiveSesNotification: {
        parameters: {
            query?: never;
            header: {
                /** @description SubscriptionConfirmation or Notification. */
                "x-amz-sns-message-type": string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description An SNS message (SubscriptionConfirmation or Notification). Read raw: the signature covers the exact bytes. */
        requestBody: {
            content: {
                "text/plain": string;
            };
        };
        responses: {
            /** @description Received. */
            200: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["EmailWebhookReceipt"];
                    };
                };
            };
            /** @description Bad request: `invalid_encoding`, `signature_invalid`. */
            400: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "invalid_encoding" | "signature_invalid";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Forbidden: `forbidden`. */
            403: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "forbidden";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found`. */
            404: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "not_found";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Body too large: `payload_too_large`. */
            413: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "payload_too_large";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    listCreators: {
        parameters: {
            query?: {
                q?: string;
                tag?: string;
                /** @description Comma-separated creator ids (at most 500). */
                ids?: string[];
                page?: number;
                step?: "verify-email" | "terms" | "profile" | "payouts" | "done";
                payout?: "not_started" | "in_progress" | "needs_information" | "verifying" | "under_review" | "active" | "paused" | "rejected" | "disconnected";
                language?: "en" | "fr";
                stuckDays?: number;
                lastStep?: "registered" | "email_verified" | "terms_accepted" | "profile_completed" | "stripe_started" | "stripe_completed" | "completed";
                signedUpFrom?: string;
                signedUpTo?: string;
                sort?: "signed_up" | "last_activity" | "email" | "step" | "payouts" | "language";
                order?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of 50. */
            200: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CreatorList"];
                    };
                };
            };
            /** @description Not signed in, or the token or session is no longer valid: `unauthenticated`. */
            401: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unauthenticated";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Forbidden: `forbidden`. */
            403: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "forbidden";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Invalid input: `validation_failed`. */
            422: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "validation_failed";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    exportCreatorsCsv: {
        parameters: {
            query?: {
                q?: string;
                tag?: string;
                /** @description Comma-separated creator ids (at most 500). */
                ids?: string[];
                page?: number;
                step?: "verify-email" | "terms" | "profile" | "payouts" | "done";
                payout?: "not_started" | "in_progress" | "needs_information" | "verifying" | "under_review" | "active" | "paused" | "rejected" | "disconnected";
                language?: "en" | "fr";
                stuckDays?: number;
                lastStep?: "registered" | "email_verified" | "terms_accepted" | "profile_completed" | "stripe_started" | "stripe_completed" | "completed";
                signedUpFrom?: string;
                signedUpTo?: string;
                sort?: "signed_up" | "last_activity" | "email" | "step" | "payouts" | "language";
                order?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header row; cells that a spreadsheet would run as formulas are escaped. */
            200: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description attachment; filename=creators-YYYY-MM-DD.csv */
                    "content-disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not signed in, or the token or session is no longer valid: `unauthenticated`. */
            401: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unauthenticated";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Forbidden: `forbidden`. */
            403: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "forbidden";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Invalid input: `validation_failed`. */
            422: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "validation_failed";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    getCreator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The creator. */
            200: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CreatorDetail"];
                    };
                };
            };
            /** @description Not signed in, or the token or session is no longer valid: `unauthenticated`. */
            401: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unauthenticated";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Forbidden: `forbidden`. */
            403: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "forbidden";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found`. */
            404: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "not_found";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Invalid input: `validation_failed`. */
            422: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "validation_failed";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    deleteCreator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the audit log keeps a tombstone id. */
            200: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @constant */
                            deleted: true;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token or session is no longer valid: `unauthenticated`. */
            401: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unauthenticated";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Forbidden: `forbidden`. */
            403: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "forbidden";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found`. */
            404: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "not_found";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Invalid input: `validation_failed`. */
            422: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "validation_failed";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    exportCreator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export, as an attachment. */
            200: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description attachment; filename=… */
                    "content-disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountExport"];
                };
            };
            /** @description Not signed in, or the token or session is no longer valid: `unauthenticated`. */
            401: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unauthenticated";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Forbidden: `forbidden`. */
            403: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "forbidden";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found`. */
            404: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "not_found";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Invalid input: `validation_failed`. */
            422: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "validation_failed";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    runCreatorAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    action: "resend_verification";
                } | {
                    /** @constant */
                    action: "send_stripe_link";
                } | {
                    /** @constant */
                    action: "rerun_automation";
                    /** @enum {string} */
                    step: "account_size" | "pricing_tier" | "content_categories";
                } | {
                    /** @constant */
                    action: "disable_account";
                } | {
                    /** @constant */
                    action: "enable_account";
                };
            };
        };
        responses: {
            /** @description What happened. */
            200: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ActionOutcome"];
                    };
                };
            };
            /** @description Bad request: `invalid_json`, `invalid_encoding`. */
            400: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "invalid_json" | "invalid_encoding";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token or session is no longer valid: `unauthenticated`. */
            401: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unauthenticated";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Forbidden: `forbidden`. */
            403: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "forbidden";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found`. */
            404: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "not_found";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Conflict with the current state: `last_admin`. */
            409: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "last_admin";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Body too large: `payload_too_large`. */
            413: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "payload_too_large";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unsupported_media_type";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Invalid input: `validation_failed`. */
            422: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "validation_failed";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    getFunnel: {
        parameters: {
            query?: {
                days?: number;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The funnel. */
            200: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Funnel"];
                    };
                };
            };
            /** @description Not signed in, or the token or session is no longer valid: `unauthenticated`. */
            401: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unauthenticated";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Forbidden: `forbidden`. */
            403: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "forbidden";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Invalid input: `validation_failed`. */
            422: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "validation_failed";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    listAdmins: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team. */
            200: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Team"];
                    };
                };
            };
            /** @description Not signed in, or the token or session is no longer valid: `unauthenticated`. */
            401: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unauthenticated";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Forbidden: `forbidden`. */
            403: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "forbidden";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    removeAdmin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            200: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            removed: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token or session is no longer valid: `unauthenticated`. */
            401: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unauthenticated";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Forbidden: `forbidden`. */
            403: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "forbidden";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found`. */
            404: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "not_found";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Conflict with the current state: `last_admin`. */
            409: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "last_admin";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Invalid input: `validation_failed`. */
            422: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "validation_failed";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    inviteAdmin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    /**
                     * @default en
                     * @enum {string}
                     */
                    language?: "en" | "fr";
                };
            };
        };
        responses: {
            /** @description Invited. */
            201: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: email */
                            invited: string;
                        };
                    };
                };
            };
            /** @description Bad request: `invalid_json`, `invalid_encoding`. */
            400: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "invalid_json" | "invalid_encoding";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token or session is no longer valid: `unauthenticated`. */
            401: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unauthenticated";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Forbidden: `forbidden`. */
            403: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "forbidden";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Conflict with the current state: `invite_account_exists`. */
            409: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "invite_account_exists";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Body too large: `payload_too_large`. */
            413: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "payload_too_large";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unsupported_media_type";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Invalid input: `validation_failed`. */
            422: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "validation_failed";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    setAccountDisabled: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    disabled: boolean;
                };
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            disabled: boolean;
                        };
                    };
                };
            };
            /** @description Bad request: `invalid_json`, `invalid_encoding`. */
            400: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "invalid_json" | "invalid_encoding";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Not signed in, or the token or session is no longer valid: `unauthenticated`. */
            401: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unauthenticated";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Forbidden: `forbidden`. */
            403: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "forbidden";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Not found: `not_found`. */
            404: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "not_found";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Conflict with the current state: `last_admin`. */
            409: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "last_admin";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Body too large: `payload_too_large`. */
            413: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "payload_too_large";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unsupported media type: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unsupported_media_type";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Invalid input: `validation_failed`. */
            422: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "validation_failed";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    drainOutbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What one pass did. */
            200: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DrainResult"];
                    };
                };
            };
            /** @description Not signed in, or the token or session is no longer valid: `unauthenticated`. */
            401: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "unauthenticated";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Forbidden: `forbidden`. */
            403: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "forbidden";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document. */
            200: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenApiDocument"];
                };
            };
            /** @description Unexpected error: `internal_error`. */
            500: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "internal_error";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
            /** @description Temporarily unavailable: `service_unavailable`. */
            503: {
                headers: {
                    /** @description Quote it when you contact support. */
                    "x-request-id": string;
                    /** @description Seconds to wait before trying again. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /**
                             * @description Stable and machine-readable: branch on it.
                             * @enum {string}
                             */
                            code: "service_unavailable";
                            /** @description Readable, in English; may be reworded. */
                            message: string;
                            /** @description One message per invalid field, keyed by its dotted path. */
                            fields?: {
                                [key: string]: string;
                            };
                            requestId?: string;
                        };
                    };
                };
            };
        };
    };
}
