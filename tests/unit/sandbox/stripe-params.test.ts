import qs from "qs";
import { describe, expect, it } from "vitest";
import { checkParams, CREATE_ACCOUNT, CREATE_ACCOUNT_LINK, LIST_ACCOUNTS, UPDATE_ACCOUNT, type ParamSpec } from "@/lib/sandbox/stripe-params";

// The Stripe sandbox refuses parameters as Stripe does: the first parameter Stripe would refuse,
// with Stripe's code, from the form body the SDK sends.

const refusal = (form: string, spec: ParamSpec) => checkParams(qs.parse(form) as Record<string, unknown>, spec);

describe("checkParams", () => {
  it.each([
    ["a boolean that is not true/false", "capabilities[transfers][requested]=yes", CREATE_ACCOUNT, { code: "parameter_invalid_boolean", param: "capabilities[transfers][requested]" }],
    ["an integer that is not one", "limit=ten", LIST_ACCOUNTS, { code: "parameter_invalid_integer", param: "limit" }],
    ["a map sent as a string", "metadata=plain", UPDATE_ACCOUNT, { param: "metadata", message: expect.stringContaining("hash of keys and values") }],
    ["a value outside the enum", "business_type=robot", CREATE_ACCOUNT, { param: "business_type", message: expect.stringContaining("must be one of company") }],
    ["an object sent as a string", "controller=express", CREATE_ACCOUNT, { param: "controller", message: expect.stringContaining("must be a hash") }],
    ["a string sent as an object", "email[first]=a", CREATE_ACCOUNT, { param: "email", message: expect.stringContaining("Invalid string") }],
    ["an unknown nested parameter", "tos_acceptance[signed]=true", CREATE_ACCOUNT, { code: "parameter_unknown", param: "tos_acceptance[signed]" }],
    ["a link without its account", "type=account_onboarding", CREATE_ACCOUNT_LINK, { code: "parameter_missing", param: "account" }],
    ["a link with a return URL that is not one", "account=acct_1&type=account_onboarding&return_url=javascript:alert(1)", CREATE_ACCOUNT_LINK, { code: "url_invalid", param: "return_url" }],
  ])("refuses %s", (_name, form, spec, expected) => {
    expect(refusal(form, spec)).toMatchObject(expected);
  });

  it("accepts what Stripe accepts, an empty metadata map included", () => {
    expect(refusal("type=express&country=FR&capabilities[transfers][requested]=true&metadata=", CREATE_ACCOUNT)).toBeNull();
    expect(refusal("account=acct_1&type=account_onboarding&return_url=https://a.example/r&refresh_url=http://localhost:3000/x", CREATE_ACCOUNT_LINK)).toBeNull();
    expect(refusal("limit=3&created[gte]=1700000000", LIST_ACCOUNTS)).toBeNull();
  });
});
