import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMailSandbox, type MailSandbox } from "@/lib/sandbox/mail";
import { startRecordingServer } from "../../support/recording-server";

// The mail sandbox over HTTP, as Resend's API and its webhooks behave: what a client gets for
// each kind of request, and events for Resend's test addresses delivered signed, retried after
// a failure.

let receiver: Awaited<ReturnType<typeof startRecordingServer>>;
let sandbox: MailSandbox;
const received = () => receiver.received.map((delivery) => ({ path: delivery.path, type: JSON.parse(delivery.body).type as string, signed: typeof delivery.headers["svix-signature"] === "string" }));

beforeAll(async () => {
  receiver = await startRecordingServer({ failFirst: 1, failStatus: 503 });
  sandbox = await startMailSandbox({ databaseUrl: process.env.DATABASE_URL!, webhookUrl: `${receiver.url}/api/v1/webhooks/resend`, webhookSecret: process.env.MAIL_SANDBOX_WEBHOOK_SECRET! });
});

afterAll(async () => {
  await sandbox.close();
  await receiver.close();
});

function send(body: unknown, headers: Record<string, string> = { authorization: "Bearer re_sandbox" }) {
  return fetch(`${sandbox.url}/emails`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
}

const EMAIL = { from: "OFM <onboarding@ofm.local>", subject: "Hello", html: "<p>Hello</p>" };

describe("the mail sandbox's API", () => {
  it("sends, reads an email back by id, and answers 404 for one it never sent", async () => {
    const sent = await send({ ...EMAIL, to: "reader@example.test" });
    expect(sent.status).toBe(200);
    const { id } = await sent.json();
    expect(await (await fetch(`${sandbox.url}/emails/${id}`)).json()).toMatchObject({ object: "email", id, to: ["reader@example.test"], subject: "Hello" });
    expect((await fetch(`${sandbox.url}/emails/unknown-id`)).status).toBe(404);
  });

  it("refuses a missing key, invalid JSON, and a key reused with another body, like Resend", async () => {
    expect((await send({ ...EMAIL, to: "a@example.test" }, {})).status).toBe(401);
    expect((await send("{not json")).status).toBe(422);
    const headers = { authorization: "Bearer re_sandbox", "idempotency-key": `key-${Date.now()}` };
    const first = await (await send({ ...EMAIL, to: "same@example.test" }, headers)).json();
    expect(await (await send({ ...EMAIL, to: "same@example.test" }, headers)).json()).toEqual(first);
    expect((await send({ ...EMAIL, to: "other@example.test" }, headers)).status).toBe(409);
  });

  it("delivers the events of Resend's test addresses to the webhook, signed, after retrying a failure", async () => {
    await send({ ...EMAIL, to: "bounced@resend.dev" });
    await expect.poll(() => received().map((event) => event.type), { timeout: 5_000 }).toEqual(expect.arrayContaining(["email.sent", "email.bounced"]));
    expect(received().every((event) => event.signed && event.path === "/api/v1/webhooks/resend")).toBe(true);
    expect(receiver.failuresLeft()).toBe(0);
  });

  it("answers each of Resend's test addresses with that address's events", async () => {
    const { eventsFor } = await import("@/lib/sandbox/mail");
    expect(eventsFor("suppressed@resend.dev").map((event) => event.type)).toEqual(["email.suppressed"]);
    expect(eventsFor("delayed+label@resend.dev").map((event) => event.type)).toEqual(["email.sent", "email.delivery_delayed"]);
    expect(eventsFor("failed@resend.dev")).toEqual([{ type: "email.failed", extra: { failed: { reason: "reached_daily_quota" } } }]);
    expect(eventsFor("complained@resend.dev").map((event) => event.type)).toEqual(["email.sent", "email.delivered", "email.complained"]);
    expect(eventsFor("anyone@example.test").map((event) => event.type)).toEqual(["email.sent", "email.delivered"]);
  });

  it("refuses what each provider's send API refuses, with that provider's status and error shape", async () => {
    const post = (path: string, body: unknown, authorization: string) =>
      fetch(`${sandbox.url}${path}`, { method: "POST", headers: { "content-type": "application/json", authorization }, body: typeof body === "string" ? body : JSON.stringify(body) }).then(async (response) => ({ status: response.status, body: await response.json() }));
    const resend = (body: unknown) => post("/emails", body, "Bearer re_sandbox");
    for (const [body, message] of [
      [{ ...EMAIL, from: "", to: "a@example.test" }, /`from`/],
      [{ ...EMAIL, to: ["a@example.test", "not an address"] }, /`to`/],
      [{ ...EMAIL, subject: "", to: "a@example.test" }, /`subject`/],
      [{ from: EMAIL.from, subject: "Hi", to: "a@example.test" }, /`html` or `text`/],
    ] as const) {
      expect(await resend(body)).toMatchObject({ status: 422, body: { statusCode: 422, name: "validation_error", message: expect.stringMatching(message) } });
    }
    expect((await resend({ from: EMAIL.from, subject: "Hi", to: ["text@example.test"], text: "Only text" })).status).toBe(200);

    const sendgrid = (body: unknown, authorization = "Bearer SG.sandbox") => post("/v3/mail/send", body, authorization);
    const mail = { personalizations: [{ to: [{ email: "a@example.test" }] }], from: { email: "onboarding@ofm.local" }, subject: "Hi", content: [{ type: "text/plain", value: "Hi" }] };
    expect(await sendgrid(mail, "Basic nope")).toMatchObject({ status: 401, body: { errors: [{ message: expect.stringContaining("authorization grant") }] } });
    expect(await sendgrid("{not json")).toMatchObject({ status: 400 });
    expect(await sendgrid({ ...mail, personalizations: [{}] })).toMatchObject({ status: 400, body: { errors: [{ field: "personalizations.0.to" }] } });
    expect(await sendgrid({ ...mail, from: {} })).toMatchObject({ status: 400, body: { errors: [{ field: "from" }] } });
    expect(await sendgrid({ ...mail, subject: "" })).toMatchObject({ status: 400, body: { errors: [{ field: "subject" }] } });
    expect(await sendgrid({ ...mail, content: [{ type: "text/plain", value: "" }] })).toMatchObject({ status: 400, body: { errors: [{ field: "content.0.value" }] } });
    const accepted = await fetch(`${sandbox.url}/v3/mail/send`, { method: "POST", headers: { authorization: "Bearer SG.sandbox" }, body: JSON.stringify({ ...mail, content: [{ type: "text/html", value: "<p>Hi</p>" }] }) });
    expect(accepted.status).toBe(202);
    expect(accepted.headers.get("x-message-id")).toBeTruthy();

    const ses = (body: unknown, authorization = "AWS4-HMAC-SHA256 Credential=AKIASANDBOXLOCAL/x") => post("/v2/email/outbound-emails", body, authorization);
    const email = { FromEmailAddress: "onboarding@ofm.local", Destination: { ToAddresses: ["a@example.test"] }, Content: { Simple: { Subject: { Data: "Hi" }, Body: { Text: { Data: "Hi" } } } } };
    expect(await ses(email, "Bearer nope")).toMatchObject({ status: 403, body: { message: "Missing Authentication Token" } });
    expect(await ses("{not json")).toMatchObject({ status: 400 });
    expect(await ses({ ...email, Destination: {} })).toMatchObject({ status: 400, body: { message: "Missing required field" } });
    expect(await ses({ ...email, Destination: { ToAddresses: ["nobody"] } })).toMatchObject({ status: 400, body: { message: "Missing final '@domain'" } });
    expect(await ses({ ...email, Content: { Simple: { Subject: { Data: "Hi" }, Body: {} } } })).toMatchObject({ status: 400 });
    expect(await ses(email)).toMatchObject({ status: 200, body: { MessageId: expect.stringMatching(/^0102/) } });
  });

  it("injects faults, and clears its messages", async () => {
    expect(await (await fetch(`${sandbox.url}/sandbox/faults`, { method: "POST", body: JSON.stringify({ mode: "down" }) })).json()).toEqual({ fault: { mode: "down" } });
    expect((await send({ ...EMAIL, to: "down@example.test" })).status).toBe(503);
    await fetch(`${sandbox.url}/sandbox/faults`, { method: "POST", body: JSON.stringify({ mode: "none" }) });
    expect((await send({ ...EMAIL, to: "up@example.test" })).status).toBe(200);
    expect((await fetch(`${sandbox.url}/sandbox/messages`, { method: "DELETE" })).status).toBe(204);
    expect((await (await fetch(`${sandbox.url}/sandbox/messages`)).json()).data).toEqual([]);
    expect((await fetch(`${sandbox.url}/nowhere`)).status).toBe(404);
  });
});
