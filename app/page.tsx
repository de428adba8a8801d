import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { FlashToast } from "@/components/flash-toast";
import { optionalPageUser } from "@/lib/auth/page-guard";
import { currentTranslations } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslations();
  // The root page is not below the layout's title template, so it spells the brand itself.
  return { title: { absolute: `${t("common.brand")} · ${t("landing.title")}` } };
}

export default async function LandingPage() {
  // Signed in, the landing page has nothing to offer: home is the admin, or the creator's next step.
  const user = await optionalPageUser().catch(() => null);
  if (user) redirect(user.role === "admin" ? "/admin" : "/onboarding");
  const { t } = await currentTranslations();
  return (
    <div className="mx-auto max-w-5xl px-4">
      <section className="py-16 sm:py-24">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("landing.eyebrow")}</p>
        <h1 className="mt-3 max-w-3xl text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">{t("landing.heading")}</h1>
        <p className="mt-5 max-w-2xl text-lg text-slate-700">{t("landing.intro")}</p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link href="/register" className="rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white shadow-sm hover:bg-brand-700">
            {t("landing.start")}
          </Link>
          <Link href="/login" className="rounded-lg border border-slate-300 bg-white px-5 py-3 font-semibold text-slate-800 hover:bg-slate-100">
            {t("landing.haveAccount")}
          </Link>
        </div>
      </section>

      <section aria-labelledby="how-it-works" className="pb-16">
        <h2 id="how-it-works" className="text-2xl font-semibold text-slate-900">
          {t("landing.howItWorks")}
        </h2>
        <ol className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {(t.raw("landing.steps") as Array<{ title: string; body: string }>).map((step, index) => (
            <li key={step.title} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
              <span className="grid h-8 w-8 place-items-center rounded-full bg-brand-100 text-sm font-bold text-brand-900">{index + 1}</span>
              <h3 className="mt-3 font-semibold text-slate-900">{step.title}</h3>
              <p className="mt-1 text-sm text-slate-700">{step.body}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="for-agencies" className="mb-16 rounded-2xl bg-brand-900 px-6 py-10 text-white sm:px-10">
        <h2 id="for-agencies" className="text-2xl font-semibold">
          {t("landing.forAgencies")}
        </h2>
        <p className="mt-3 max-w-2xl text-brand-100">{t("landing.forAgenciesBody")}</p>
      </section>

      <footer className="border-t border-slate-200 py-8 text-sm text-slate-600">
        {t("common.openSource")}{" "}
        <Link href="/api/health" className="underline hover:text-slate-900">
          {t("common.systemStatus")}
        </Link>
        {" · "}
        <Link href="/docs/api" className="underline hover:text-slate-900">
          {t("common.apiReference")}
        </Link>
      </footer>
      <FlashToast />
    </div>
  );
}
