import type { Metadata } from "next";
import Link from "next/link";
import { guardMailboxPage, listSandboxMessages } from "@/lib/sandbox/mailbox";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Local mailbox", robots: { index: false } };

export default async function MailboxPage() {
  await guardMailboxPage("/dev/mailbox");
  const messages = await listSandboxMessages();
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-2xl font-bold text-slate-900">Local mailbox</h1>
      <p className="mt-2 text-slate-700">
        Email runs in sandbox mode: nothing leaves this machine. Every message the app sends lands here, newest first.
      </p>
      {messages.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600">No messages yet.</p>
      ) : (
        <ul className="mt-6 divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
          {messages.map((message) => (
            <li key={message.id}>
              <Link href={`/dev/mailbox/${message.id}`} className="block px-4 py-3 hover:bg-slate-50">
                <span className="block font-semibold text-slate-900">{message.subject}</span>
                <span className="block text-sm text-slate-600">
                  To {message.to.join(", ")} · <time dateTime={message.created_at}>{new Date(message.created_at).toLocaleString("en-GB", { timeZone: "UTC" })} UTC</time>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
