import pino from "pino";
import { env } from "@/lib/env";

// Secrets and tokens never reach the logs, whatever a caller passes.
const REDACT = [
  "password",
  "*.password",
  "token",
  "*.token",
  "authorization",
  "*.authorization",
  "headers.cookie",
  "*.headers.cookie",
  "passwordHash",
  "*.passwordHash",
  "secret",
  "*.secret",
];

let instance: pino.Logger | undefined;

export function logger(): pino.Logger {
  instance ??= pino({
    level: env().NODE_ENV === "test" ? "silent" : env().LOG_LEVEL,
    base: { service: "ofm-onboarding" },
    redact: { paths: REDACT, censor: "[redacted]" },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
  return instance;
}
