import { describe, expect, it } from "vitest";
import { POST as register } from "@/app/api/v1/auth/register/route";
import { POST as start } from "@/app/api/v1/stripe/connect/start/route";
import { POST as issueToken } from "@/app/api/v1/auth/token/route";
import { db } from "@/lib/db";
import { confirmEmail } from "@/lib/auth/verification";
import { callRoute, randomIp } from "../support/http";
import { latestEmailTo, verificationTokenIn } from "../support/mailbox";
import { sandboxAccounts } from "../support/stripe";
import { createCreatorReadyForPayouts, FACTORY_PASSWORD, uniqueEmail } from "../factories/users";

describe("races", () => {
  it("50 concurrent registrations of one email create one user, with no server error", async () => {
    const email = uniqueEmail();
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => callRoute(register, "POST", "/api/v1/auth/register", { body: { email, password: "violet tram orbit canvas" }, ip: randomIp() })),
    );
    expect(responses.filter((response) => response.status >= 500)).toEqual([]);
    expect(await db.user.count({ where: { email } })).toBe(1);
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { profile: true, onboardingSession: true } });
    expect(user.profile).not.toBeNull();
    expect(user.onboardingSession).not.toBeNull();
  });

  it("20 concurrent 'connect payouts' create one Stripe account", async () => {
    const creator = await createCreatorReadyForPayouts();
    const token = (await callRoute(issueToken, "POST", "/api/v1/auth/token", { body: { email: creator.email, password: FACTORY_PASSWORD } })).body.data.access_token;
    const before = (await sandboxAccounts()).length;
    const responses = await Promise.all(Array.from({ length: 20 }, () => callRoute(start, "POST", "/api/v1/stripe/connect/start", { bearer: token, body: {} })));
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(200));
    expect((await sandboxAccounts()).length).toBe(before + 1);
  });

  it("concurrent verification of one token succeeds once", async () => {
    const email = uniqueEmail();
    await callRoute(register, "POST", "/api/v1/auth/register", { body: { email, password: "violet tram orbit canvas" } });
    const token = verificationTokenIn(await latestEmailTo(email));
    const results = await Promise.allSettled(Array.from({ length: 30 }, () => confirmEmail({ token, password: "violet tram orbit canvas" })));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).sessionVersion).toBe(1);
  });
});
