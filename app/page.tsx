import Link from "next/link";

const STEPS = [
  { title: "Verify your email", body: "Create an account and confirm your address with a one-time link." },
  { title: "Accept the terms", body: "Read the agency agreement and accept it; we keep the version you agreed to." },
  { title: "Tell us about you", body: "Your OnlyFans handle, language, time zone and the content you create." },
  { title: "Connect payouts", body: "Stripe Connect Express verifies your identity and pays you out directly." },
];

export default function LandingPage() {
  return (
    <div className="mx-auto max-w-5xl px-4">
      <section className="py-16 sm:py-24">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">For creators joining an agency</p>
        <h1 className="mt-3 max-w-3xl text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">
          Join the agency and get paid, in about ten minutes.
        </h1>
        <p className="mt-5 max-w-2xl text-lg text-slate-700">
          OFM Onboarding walks you through everything the agency needs: a verified email, the terms, a short
          profile and secure payouts through Stripe. Leave at any point and pick up exactly where you stopped, on
          any device.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link href="/register" className="rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white shadow-sm hover:bg-brand-700">
            Start onboarding
          </Link>
          <Link href="/login" className="rounded-lg border border-slate-300 bg-white px-5 py-3 font-semibold text-slate-800 hover:bg-slate-100">
            I already have an account
          </Link>
        </div>
      </section>

      <section aria-labelledby="how-it-works" className="pb-16">
        <h2 id="how-it-works" className="text-2xl font-semibold text-slate-900">
          How it works
        </h2>
        <ol className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {STEPS.map((step, index) => (
            <li key={step.title} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
              <span className="grid h-8 w-8 place-items-center rounded-full bg-brand-100 text-sm font-bold text-brand-900">
                {index + 1}
              </span>
              <h3 className="mt-3 font-semibold text-slate-900">{step.title}</h3>
              <p className="mt-1 text-sm text-slate-700">{step.body}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="for-agencies" className="mb-16 rounded-2xl bg-brand-900 px-6 py-10 text-white sm:px-10">
        <h2 id="for-agencies" className="text-2xl font-semibold">
          For agencies
        </h2>
        <p className="mt-3 max-w-2xl text-brand-100">
          Watch every creator and the whole funnel from one dashboard: who is stuck where, payout status straight
          from Stripe, and account analyses that run automatically once payouts are active.
        </p>
      </section>

      <footer className="border-t border-slate-200 py-8 text-sm text-slate-600">
        Open-source creator onboarding. <Link href="/api/health" className="underline hover:text-slate-900">System status</Link>
      </footer>
    </div>
  );
}
