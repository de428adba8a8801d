import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { AppError, isTransientFault } from "@/lib/http/errors";
import type { FormState } from "@/lib/http/form-state";
import { clientIp } from "@/lib/http/client-ip";
import { consumeRateLimit, type RateLimitName } from "@/lib/http/rate-limit";
import { parseInput } from "@/lib/http/validation";
import { translateError } from "@/lib/i18n";
import { currentLanguage } from "@/lib/i18n/server";
import { logger } from "@/lib/observability/logger";

// The twin of apiRoute for server actions used by forms (useActionState): the same parsing,
// validation, rate limits and error mapping, returned as state for the form to show.

const SECRET_FIELDS = /password|token|ticket/i;

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

interface FormActionSpec<Schema extends z.ZodType> {
  schema: Schema;
  rateLimit?: { name: RateLimitName; email?: (input: z.infer<Schema>) => string | undefined };
}

export function formAction<Schema extends z.ZodType>(
  spec: FormActionSpec<Schema>,
  run: (input: z.infer<Schema>, context: { ip: string }) => Promise<FormState | void>,
) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const fields = formFields(formData);
    const values = echoValues(fields);
    const language = await currentLanguage();
    try {
      const ip = clientIp(await headers());
      const input = parseInput(spec.schema, fields, language);
      if (spec.rateLimit) await consumeRateLimit(spec.rateLimit.name, { ip, email: spec.rateLimit.email?.(input) });
      return (await run(input, { ip })) ?? { status: "success", values };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof AppError) {
        const message = translateError(error.code, language) === error.code ? error.message : translateError(error.code, language);
        return { status: "error", code: error.code, message, fields: error.fields, values };
      }
      const code = isTransientFault(error) ? "service_unavailable" : "internal_error";
      logger()[code === "service_unavailable" ? "warn" : "error"]({ err: error }, "form action failed");
      return { status: "error", code, message: translateError(code, language), values };
    }
  };
}
