import type { ErrorCode, FieldErrors } from "@/lib/http/errors";

export interface FormState {
  status: "idle" | "success" | "error";
  code?: ErrorCode;
  message?: string;
  fields?: FieldErrors;
  /** What the user typed (never passwords), to refill the form after an error. */
  values?: Record<string, string | string[]>;
  data?: Record<string, unknown>;
}

export const IDLE: FormState = { status: "idle" };
