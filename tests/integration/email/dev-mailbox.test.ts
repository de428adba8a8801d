import { describe, expect, it } from "vitest";
import { getSandboxMessage, listSandboxMessages, mailboxAccess } from "@/lib/sandbox/mailbox";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { latestEmailTo } from "../../support/mailbox";
import { createCreator } from "../../factories/users";

// What the /dev/mailbox pages read from the mail sandbox.

describe("the development mailbox", () => {
  it("lists the sandbox's messages and opens one; an unknown id is nothing", async () => {
    const creator = await createCreator();
    await requestPasswordReset(creator.email, "en");
    const sent = await latestEmailTo(creator.email);
    expect((await listSandboxMessages()).map((message) => message.id)).toContain(sent.id);
    expect(await getSandboxMessage(sent.id)).toMatchObject({ id: sent.id, subject: sent.subject });
    expect(await getSandboxMessage("no-such-message")).toBeNull();
    expect(mailboxAccess()).toBe("open");
  });
});
