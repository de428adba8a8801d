import { Fragment } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getSandboxMessage, guardMailboxPage } from "@/lib/sandbox/mailbox";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Message · Local mailbox", robots: { index: false } };

export default async function MailboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  await guardMailboxPage("/dev/mailbox");
  const message = await getSandboxMessage((await params).id);
  if (!message) notFound();
  // Links in the email open in this tab (react-email buttons default to a new window).
  const html = message.html.replace(/<head>/i, '<head><base target="_top">').replace(/target="_blank"/g, 'target="_top"');
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <Link href="/dev/mailbox" className="text-sm font-medium text-brand-700 underline">
        ← All messages
      </Link>
      <h1 className="mt-4 text-2xl font-bold text-slate-900">{message.subject}</h1>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm text-slate-700">
        <dt className="font-medium">From</dt>
        <dd>{message.from}</dd>
        <dt className="font-medium">To</dt>
        <dd>{message.to.join(", ")}</dd>
        {Object.entries(message.headers ?? {}).map(([name, value]) => (
          <Fragment key={name}>
            <dt className="font-medium">{name}</dt>
            <dd className="break-all font-mono text-xs" data-testid={`header-${name.toLowerCase()}`}>
              {value}
            </dd>
          </Fragment>
        ))}
      </dl>
      <iframe
        title={`Email: ${message.subject}`}
        srcDoc={html}
        sandbox="allow-top-navigation-by-user-activation allow-popups"
        className="mt-6 h-[640px] w-full rounded-xl border border-slate-200 bg-white"
      />
      {message.text && (
        <details className="mt-4">
          <summary className="cursor-pointer text-sm font-medium text-slate-700">Plain-text version</summary>
          <pre className="mt-2 whitespace-pre-wrap rounded-lg bg-slate-100 p-4 text-sm text-slate-800">{message.text}</pre>
        </details>
      )}
    </div>
  );
}
