import { env } from "@/lib/env";

// Which creators this platform can onboard, and with which capabilities, from one setting:
// the platform's own country (STRIPE_PLATFORM_COUNTRY). Stripe's rules (Connect "cross-border
// payouts" and "service agreement types"):
// - in the platform's region, connected accounts get the full service agreement and can take
//   card payments (`card_payments`) and receive transfers;
// - a US platform can also pay creators in many other countries through recipient accounts:
//   the recipient service agreement, `transfers` only (the platform takes the payments);
// - anywhere else, no account can be offered.

const EUROPE = ["AT", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GI", "GR", "HR", "HU", "IE", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK"] as const;

const REGIONS: ReadonlyArray<readonly string[]> = [EUROPE, ["US"], ["CA"], ["AU"], ["NZ"], ["JP"], ["SG"], ["HK"], ["MY"], ["TH"], ["AE"], ["MX"], ["BR"]];

// Countries where a US platform may open recipient accounts (Stripe's cross-border payouts list).
const US_RECIPIENT_COUNTRIES = [...EUROPE, "AE", "AG", "AL", "AM", "AR", "AU", "AZ", "BA", "BD", "BH", "BJ", "BN", "BO", "BS", "BT", "BW", "CA", "CI", "CL", "CO", "CR", "DO", "DZ", "EC", "EG", "ET", "GA", "GH", "GM", "GT", "GY", "HK", "ID", "IL", "IN", "IS", "JM", "JO", "JP", "KE", "KH", "KR", "KW", "LA", "LC", "LK", "MA", "MC", "MD", "MG", "MK", "MN", "MO", "MU", "MX", "MY", "MZ", "NA", "NE", "NG", "NZ", "OM", "PA", "PE", "PH", "PK", "PY", "QA", "RS", "RW", "SA", "SG", "SM", "SN", "SV", "TH", "TN", "TR", "TT", "TW", "TZ", "UY", "UZ", "VN", "ZA"] as const;

type ServiceAgreement = "full" | "recipient";

export interface AccountPlan {
  serviceAgreement: ServiceAgreement;
  capabilities: Array<"card_payments" | "transfers">;
}

function regionOf(country: string): readonly string[] | undefined {
  return REGIONS.find((region) => region.includes(country));
}

/** How a creator in `country` can be onboarded by a platform in `platformCountry`, or null if not at all. */
export function accountPlan(country: string, platformCountry = env().STRIPE_PLATFORM_COUNTRY): AccountPlan | null {
  if (regionOf(platformCountry)?.includes(country)) return { serviceAgreement: "full", capabilities: ["card_payments", "transfers"] };
  if (platformCountry === "US" && (US_RECIPIENT_COUNTRIES as readonly string[]).includes(country)) return { serviceAgreement: "recipient", capabilities: ["transfers"] };
  return null;
}

/** Every country a creator can choose on the profile step. */
export function supportedCountries(platformCountry = env().STRIPE_PLATFORM_COUNTRY): string[] {
  const candidates = new Set<string>([...REGIONS.flat(), ...US_RECIPIENT_COUNTRIES]);
  return [...candidates].filter((country) => accountPlan(country, platformCountry) !== null).sort();
}
