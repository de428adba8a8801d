import type { MessageKey, Translator } from "@/lib/i18n";

// The requirement paths we word ourselves; a longer path wins over its prefix, anything else is "other".
const WORDED_REQUIREMENTS = [
  "individual.verification.document",
  "individual.verification.additional_document",
  "external_account",
  "individual.dob",
  "individual.first_name",
  "individual.last_name",
  "individual.address",
  "individual.phone",
  "individual.email",
  "individual.id_number",
  "individual.ssn_last_4",
  "business_profile.url",
  "business_profile.mcc",
  "tos_acceptance",
] as const;

function wordingKey(requirement: string): MessageKey {
  const match = WORDED_REQUIREMENTS.filter((candidate) => requirement === candidate || requirement.startsWith(`${candidate}.`)).sort((a, b) => b.length - a.length)[0];
  return `payout.requirements.${(match ?? "other").replaceAll(".", "_")}` as MessageKey;
}

/**
 * Stripe's requirement keys (`individual.dob.day`, `external_account`, …) in plain words,
 * one line per thing the creator has to provide (the three parts of a date are one thing).
 */
export function describeRequirements(keys: string[], t: Translator): string[] {
  return [...new Set(keys.map((key) => t(wordingKey(key))))];
}
