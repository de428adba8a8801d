import { asLanguage, type Language } from "@/lib/i18n";

/**
 * The language of an account's emails: a creator's profile language (what they chose while
 * onboarding and in settings), else the account's own email language (admins), else what the
 * request that caused the email was made in, else English.
 */
export function emailLanguageOf(user: { emailLanguage: string | null; profile?: { language: string } | null }, requested?: unknown): Language {
  return asLanguage(user.profile?.language ?? user.emailLanguage ?? requested);
}
