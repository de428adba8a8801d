import type { Language, Translator } from "@/lib/i18n";
import type { Onboarding } from "@/lib/onboarding/wizard";

export interface StepProps {
  t: Translator;
  language: Language;
  onboarding: Onboarding;
  /** What the last action reported (`?error=<code>`, `?checked=1`). */
  notice?: { error?: string };
}
