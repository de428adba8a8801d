import { describe, expect, it } from "vitest";
import { POST as oneClick } from "@/app/api/v1/email-preferences/unsubscribe/route";
import { db } from "@/lib/db";
import { preferenceLinks, preferencesFor, savePreferences } from "@/lib/onboarding/email-preferences";
import { callRoute } from "../../support/http";
import { createCreator } from "../../factories/users";

// RFC 8058 one-click unsubscribe and the preferences page's token, as a mail client and as an
// attacker would use them: no session anywhere.

const ONE_CLICK = "List-Unsubscribe=One-Click";

function post(url: string, rawBody: string | undefined = ONE_CLICK) {
  const { pathname, search } = new URL(url);
  return callRoute(oneClick, "POST", `${pathname}${search}`, { rawBody, headers: { "content-type": "application/x-www-form-urlencoded" } });
}

describe("one-click unsubscribe", () => {
  it("the List-Unsubscribe URL, POSTed with List-Unsubscribe=One-Click and no session, turns every reminder off", async () => {
    const creator = await createCreator();
    const answer = await post(preferenceLinks(creator).oneClick);
    expect(answer).toMatchObject({ status: 200, body: { data: { unsubscribed: true } } });
    expect(await db.user.findUniqueOrThrow({ where: { id: creator.id } })).toMatchObject({ nudgeEmails: false, deadlineEmails: false });
  });

  it("refuses a bare POST (a link checker), another body, a forged or tampered token, and another account's id", async () => {
    const creator = await createCreator();
    const victim = await createCreator();
    const link = preferenceLinks(creator).oneClick;
    expect(await post(link, "")).toMatchObject({ status: 400, body: { error: { code: "invalid_body" } } });
    expect(await post(link, "List-Unsubscribe=Yes")).toMatchObject({ status: 400, body: { error: { code: "invalid_body" } } });
    const token = new URL(link).searchParams.get("token")!;
    const [, signature] = token.split(".");
    // The creator's own signature on the victim's id.
    expect(await post(link.replace(token, `${victim.id}.${signature}`))).toMatchObject({ status: 400, body: { error: { code: "token_invalid" } } });
    const flipped = signature.slice(0, -1) + (signature.endsWith("A") ? "B" : "A");
    expect(await post(link.replace(token, `${creator.id}.${flipped}`))).toMatchObject({ status: 400, body: { error: { code: "token_invalid" } } });
    expect(await post(link.replace(token, "not-a-token"))).toMatchObject({ status: 422, body: { error: { code: "validation_failed" } } });
    for (const id of [creator.id, victim.id]) expect(await db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ nudgeEmails: true, deadlineEmails: true });
  });

  it("a link sent to an address the account no longer uses stops working", async () => {
    const creator = await createCreator();
    const old = preferenceLinks(creator);
    await db.user.update({ where: { id: creator.id }, data: { email: `moved-${creator.email}` } });
    expect(await post(old.oneClick)).toMatchObject({ status: 400, body: { error: { code: "token_invalid" } } });
    expect(await preferencesFor(new URL(old.page).searchParams.get("token")!)).toBeNull();
  });
});

describe("the preferences page's choices", () => {
  it("are read and saved with the token, one kind of reminder at a time", async () => {
    const creator = await createCreator();
    const token = new URL(preferenceLinks(creator).page).searchParams.get("token")!;
    expect(await preferencesFor(token)).toEqual({ email: creator.email, nudgeEmails: true, deadlineEmails: true });
    expect(await savePreferences(token, { nudgeEmails: false, deadlineEmails: true })).toBe(true);
    expect(await preferencesFor(token)).toEqual({ email: creator.email, nudgeEmails: false, deadlineEmails: true });
    expect(await savePreferences(`${token}x`, { nudgeEmails: true, deadlineEmails: true })).toBe(false);
  });
});
