import type { z } from "zod";
import { AppError, type ErrorCode, type FieldErrors } from "@/lib/http/errors";
import { DEFAULT_LANGUAGE, translateError, type Language } from "@/lib/i18n";

/** One message per field (the first), keyed by its dotted path, in the given language. */
function fieldErrors(error: z.ZodError, language: Language): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    fields[key] ??= translateError(issue.message, language);
  }
  return fields;
}

/**
 * Parses input with a schema, or throws 422. When a single rule failed and it carries its
 * own code (e.g. `password_too_weak`), that code is the error's code.
 */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, language: Language = DEFAULT_LANGUAGE): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = fieldErrors(result.error, language);
  const codes = result.error.issues.map((issue) => (issue as { params?: { code?: ErrorCode } }).params?.code).filter(Boolean);
  const single = result.error.issues.length === 1;
  const code = single && codes.length === 1 ? (codes[0] as ErrorCode) : "validation_failed";
  const message = single ? translateError(result.error.issues[0].message, language) : translateError("validation_failed", language);
  throw new AppError(code, 422, message, fields);
}
