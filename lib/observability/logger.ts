import pino from "pino";
import { env } from "@/lib/env";

// Secrets and tokens never reach the logs, whatever a caller passes.
const REDACT = [
  "*.*.password",
  "*.*.token",
  "*.*.authorization",
  "*.*.cookie",
  "headers.authorization",
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

export const LOGGER_OPTIONS: pino.LoggerOptions = {
  base: { service: "ofm-onboarding" },
  redact: { paths: REDACT, censor: "[redacted]" },
  timestamp: pino.stdTimeFunctions.isoTime,
};

let instance: pino.Logger | undefined;

/** JSON lines in production (for the log pipeline); readable lines in development. */
export function logger(): pino.Logger {
  if (!instance) {
    const current = env();
    const level = current.NODE_ENV === "test" ? "silent" : current.LOG_LEVEL;
    const pretty = current.NODE_ENV === "development";
    instance = pretty
      ? pino({ ...LOGGER_OPTIONS, level }, pino.transport({ target: "pino-pretty", options: { colorize: true, translateTime: "SYS:HH:MM:ss" } }))
      : pino({ ...LOGGER_OPTIONS, level });
  }
  return instance;
}
