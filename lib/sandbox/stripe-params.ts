// The parameters Stripe accepts on the endpoints the sandbox serves (a subset of Stripe's
// OpenAPI request schemas), and Stripe's own refusals for anything else: an unknown name is
// `parameter_unknown`, an empty string `parameter_invalid_empty`, a value outside an enum an
// invalid_request_error naming the parameter.

type Rule = "string" | "strings" | "boolean" | "integer" | "map" | readonly string[] | ParamSpec;
export interface ParamSpec {
  [name: string]: Rule;
}

export interface ParamError {
  code?: string;
  param: string;
  message: string;
}

const COUNTRIES = ["AE", "AG", "AL", "AM", "AR", "AT", "AU", "AZ", "BA", "BD", "BE", "BG", "BH", "BJ", "BN", "BO", "BR", "BS", "BT", "BW", "CA", "CH", "CI", "CL", "CO", "CR", "CY", "CZ", "DE", "DK", "DO", "DZ", "EC", "EE", "EG", "ES", "ET", "FI", "FR", "GA", "GB", "GH", "GI", "GM", "GR", "GT", "GY", "HK", "HR", "HU", "ID", "IE", "IL", "IN", "IS", "IT", "JM", "JO", "JP", "KE", "KH", "KR", "KW", "LA", "LC", "LI", "LK", "LT", "LU", "LV", "MA", "MC", "MD", "MG", "MK", "MN", "MO", "MT", "MU", "MX", "MY", "MZ", "NA", "NE", "NG", "NL", "NO", "NZ", "OM", "PA", "PE", "PH", "PK", "PL", "PT", "PY", "QA", "RO", "RS", "RW", "SA", "SE", "SG", "SI", "SK", "SM", "SN", "SV", "TH", "TN", "TR", "TT", "TW", "TZ", "US", "UY", "UZ", "VN", "ZA"] as const;

const CAPABILITIES = ["acss_debit_payments", "affirm_payments", "afterpay_clearpay_payments", "bancontact_payments", "bank_transfer_payments", "blik_payments", "card_issuing", "card_payments", "cartes_bancaires_payments", "eps_payments", "giropay_payments", "ideal_payments", "klarna_payments", "legacy_payments", "link_payments", "p24_payments", "paypal_payments", "sepa_debit_payments", "sofort_payments", "tax_reporting_us_1099_k", "transfers", "treasury", "us_bank_account_ach_payments"];

const BUSINESS_PROFILE: ParamSpec = { mcc: "string", name: "string", product_description: "string", support_email: "string", support_phone: "string", support_url: "string", url: "string" };

export const CREATE_ACCOUNT: ParamSpec = {
  type: ["custom", "express", "standard"],
  controller: {
    fees: { payer: ["account", "application"] },
    losses: { payments: ["application", "stripe"] },
    requirement_collection: ["application", "stripe"],
    stripe_dashboard: { type: ["express", "full", "none"] },
  },
  country: COUNTRIES,
  email: "string",
  business_type: ["company", "government_entity", "individual", "non_profit"],
  business_profile: BUSINESS_PROFILE,
  capabilities: Object.fromEntries(CAPABILITIES.map((name) => [name, { requested: "boolean" }])),
  default_currency: "string",
  metadata: "map",
  tos_acceptance: { date: "integer", ip: "string", service_agreement: ["full", "recipient"], user_agent: "string" },
  settings: { payouts: { schedule: { interval: ["daily", "manual", "monthly", "weekly"], delay_days: "string" } } },
};

export const UPDATE_ACCOUNT: ParamSpec = { email: "string", business_profile: BUSINESS_PROFILE, metadata: "map" };

export const CREATE_ACCOUNT_LINK: ParamSpec = {
  account: "string",
  type: ["account_onboarding", "account_update"],
  return_url: "string",
  refresh_url: "string",
  collect: ["currently_due", "eventually_due"],
  collection_options: { fields: ["currently_due", "eventually_due"], future_requirements: ["include", "omit"] },
};

export const LIST_ACCOUNTS: ParamSpec = { created: { gt: "integer", gte: "integer", lt: "integer", lte: "integer" }, limit: "integer", starting_after: "string", ending_before: "string" };

export const CREATE_WEBHOOK_ENDPOINT: ParamSpec = { url: "string", enabled_events: "strings", connect: "boolean", api_version: "string", description: "string", metadata: "map" };

const REQUIRED_LINK_PARAMS = ["account", "type"];
const REQUIRED_ENDPOINT_PARAMS = ["url", "enabled_events"];

function describe(path: string[]): string {
  return path.map((part, index) => (index === 0 ? part : `[${part}]`)).join("");
}

function checkValue(value: unknown, rule: Rule, path: string[]): ParamError | null {
  const param = describe(path);
  if (value === "" && rule !== "map") {
    return { code: "parameter_invalid_empty", param, message: `You passed an empty string for '${param}'. We assume empty values are an attempt to unset a parameter; however '${param}' cannot be unset. You should remove '${param}' from your request or supply a non-empty value.` };
  }
  if (rule === "string") return typeof value === "string" ? null : { param, message: `Invalid string: ${JSON.stringify(value)}` };
  if (rule === "strings") return Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === "string" && item !== "") ? null : { param, message: `Invalid array: '${param}' must be a list of strings.` };
  if (rule === "boolean") return value === "true" || value === "false" ? null : { code: "parameter_invalid_boolean", param, message: `Invalid boolean: ${String(value)}` };
  if (rule === "integer") return typeof value === "string" && /^-?\d+$/.test(value) ? null : { code: "parameter_invalid_integer", param, message: `Invalid integer: ${String(value)}` };
  // An empty metadata clears every key (Stripe's documented way to unset it).
  if (rule === "map") return value === "" || (value !== null && typeof value === "object" && !Array.isArray(value)) ? null : { param, message: `Invalid object: '${param}' must be a hash of keys and values.` };
  if (Array.isArray(rule)) {
    if (rule === (COUNTRIES as readonly string[]) && !rule.includes(value as string)) {
      return { code: "country_unsupported", param, message: `Country '${String(value)}' is unknown. Try using a 2-character alphanumeric country code instead, such as 'US', 'EG', or 'GB'.` };
    }
    return rule.includes(value as string) ? null : { param, message: `Invalid ${param}: must be one of ${rule.join(", ")}` };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return { param, message: `Invalid object: '${param}' must be a hash.` };
  return walk(value as Record<string, unknown>, rule as ParamSpec, path);
}

function walk(params: Record<string, unknown>, spec: ParamSpec, path: string[]): ParamError | null {
  for (const [name, value] of Object.entries(params)) {
    const rule = spec[name];
    const here = [...path, name];
    if (!rule) return { code: "parameter_unknown", param: describe(here), message: `Received unknown parameter: ${describe(here)}` };
    const problem = checkValue(value, rule, here);
    if (problem) return problem;
  }
  return null;
}

/** The first parameter Stripe would refuse, or null. */
export function checkParams(params: Record<string, unknown>, spec: ParamSpec): ParamError | null {
  const problem = walk(params, spec, []);
  if (problem) return problem;
  if (spec === CREATE_WEBHOOK_ENDPOINT) {
    const missing = REQUIRED_ENDPOINT_PARAMS.find((name) => params[name] === undefined);
    if (missing) return { code: "parameter_missing", param: missing, message: `Missing required param: ${missing}.` };
    if (!/^https?:\/\/[^\s]+$/.test(String(params.url))) return { code: "url_invalid", param: "url", message: "Invalid URL: must be an absolute URL" };
  }
  if (spec === CREATE_ACCOUNT_LINK) {
    const missing = REQUIRED_LINK_PARAMS.find((name) => params[name] === undefined);
    if (missing) return { code: "parameter_missing", param: missing, message: `Missing required param: ${missing}.` };
    for (const field of ["return_url", "refresh_url"]) {
      if (params[field] !== undefined && !/^https?:\/\/[^\s]+$/.test(String(params[field]))) return { code: "url_invalid", param: field, message: `Not a valid URL` };
    }
  }
  return null;
}
