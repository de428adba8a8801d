import { headers } from "next/headers";
import { forbidden, redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";
import { currentUser, type CurrentUser } from "@/lib/auth/current-user";
import { AppError, isTransientFault } from "@/lib/http/errors";
import type { FormState } from "@/lib/http/form-state";
import { clientIp } from "@/lib/http/client-ip";
import { consumeRateLimit, type RateLimitName } from "@/lib/http/rate-limit";
import { parseInput } from "@/lib/http/validation";
import { translateError, type Language } from "@/lib/i18n";
import { currentLanguage } from "@/lib/i18n/server";
import { logger } from "@/lib/observability/logger";

// The one way into every server action, the twin of apiRoute: parsing and validation with
// zod, authentication and roles checked on the server, rate limits and error mapping.
// `formAction` returns state for forms driven by useActionState; `guardedAction` is for plain
// `<form action>` buttons. tests/unit/http/actions-guarded.test.ts fails on an action that
// uses neither.

const SECRET_FIELDS = /password|token|ticket|secret/i;

/** The form's fields as an object; a repeated name (checkboxes) becomes an array. */
function formFields(formData: FormData): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    const existing = fields[key];
    fields[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return fields;
}

function echoValues(fields: Record<string, string | string[]>): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(fields).filter(([key]) => !SECRET_FIELDS.test(key)));
}

type AuthSpec = true | { roles: readonly Role[] };

interface ActionSpec<Schema extends z.ZodType, Auth extends AuthSpec | undefined> {
  schema: Schema;
  /** Require a signed-in user (optionally with one of these roles). */
  auth?: Auth;
  rateLimit?: { name: RateLimitName; email?: (input: z.infer<Schema>, user: CurrentUser | null) => string | undefined };
}

type UserFor<Auth> = Auth extends AuthSpec ? CurrentUser : CurrentUser | null;

export interface ActionContext<User> {
  ip: string;
  user: User;
  language: Language;
  /** False past the address's quiet ceiling (lib/http/rate-limit.ts): answer as usual, send nothing. */
  emailAllowed: boolean;
}

/** Who is calling, checked against the spec: unauthenticated 401, wrong role 403. */
async function guard<Schema extends z.ZodType>(spec: ActionSpec<Schema, AuthSpec | undefined>, fields: Record<string, string | string[]>, language: Language) {
  const requestHeaders = await headers();
  const ip = clientIp(requestHeaders);
  const user = await currentUser(requestHeaders);
  if (spec.auth && !user) throw new AppError("unauthenticated", 401, translateError("session_expired", language));
  if (spec.auth && spec.auth !== true && !spec.auth.roles.includes(user!.role)) throw new AppError("forbidden", 403, translateError("forbidden", language));
  const input = parseInput(spec.schema, fields, language);
  const { emailAllowed } = spec.rateLimit ? await consumeRateLimit(spec.rateLimit.name, { ip, email: spec.rateLimit.email?.(input, user) }) : { emailAllowed: true };
  return { ip, user, input, emailAllowed };
}

export function formAction<Schema extends z.ZodType, const Auth extends AuthSpec | undefined = undefined>(
  spec: ActionSpec<Schema, Auth>,
  run: (input: z.infer<Schema>, context: ActionContext<UserFor<Auth>>) => Promise<FormState | void>,
) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const fields = formFields(formData);
    const values = echoValues(fields);
    const language = await currentLanguage();
    try {
      const { ip, user, input, emailAllowed } = await guard(spec, fields, language);
      return (await run(input, { ip, user: user as UserFor<Auth>, language, emailAllowed })) ?? { status: "success", values };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof AppError) {
        const message = translateError(error.code, language) === error.code ? error.message : translateError(error.code, language);
        const fields = error.fields && Object.fromEntries(Object.entries(error.fields).map(([name, key]) => [name, translateError(key, language)]));
        return { status: "error", code: error.code, message: error.code === "unauthenticated" ? translateError("session_expired", language) : message, fields, values };
      }
      const code = isTransientFault(error) ? "service_unavailable" : "internal_error";
      logger()[code === "service_unavailable" ? "warn" : "error"]({ err: error }, "form action failed");
      return { status: "error", code, message: translateError(code, language), values };
    }
  };
}

/**
 * For a plain `<form action>` (a button): the same guard; a signed-out visitor is sent to sign
 * in, a wrong role gets the 403 page, and anything else the action throws reaches the error page.
 */
export function guardedAction<Schema extends z.ZodType, const Auth extends AuthSpec | undefined = undefined>(
  spec: ActionSpec<Schema, Auth>,
  run: (input: z.infer<Schema>, context: ActionContext<UserFor<Auth>>) => Promise<void>,
) {
  return async (formData: FormData): Promise<void> => {
    const language = await currentLanguage();
    let guarded;
    try {
      guarded = await guard(spec, formFields(formData), language);
    } catch (error) {
      if (error instanceof AppError && error.code === "unauthenticated") redirect("/login");
      if (error instanceof AppError && error.code === "forbidden") forbidden();
      throw error;
    }
    await run(guarded.input, { ip: guarded.ip, user: guarded.user as UserFor<Auth>, language, emailAllowed: guarded.emailAllowed });
  };
}
