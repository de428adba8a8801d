import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { TokenPasswordForm } from "@/components/auth/token-password-form";
import { CardPage } from "@/components/ui/card-page";
import { inspectResetLink } from "@/lib/auth/password-reset";
import { currentTranslations } from "@/lib/i18n/server";
import { resetPasswordAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslations();
  return { title: t("account.reset.title"), referrer: "no-referrer", robots: { index: false } };
}

const Query = z.object({ token: z.string().trim().min(1).max(200).optional().catch(undefined) });

/** Opening the link only shows the form: a GET (or a mail scanner) never uses it. */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = Query.parse(await searchParams);
  const link = token ? await inspectResetLink(token) : ({ status: "invalid" } as const);
  const { t } = await currentTranslations();
  const askAgain = (
    <Link href="/forgot-password" className="block rounded-lg bg-brand-600 px-4 py-2.5 text-center font-semibold text-white hover:bg-brand-700">
      {t("account.reset.askAgain")}
    </Link>
  );
  if (link.status === "valid") {
    return (
      <CardPage title={t("account.reset.title")} intro={t("account.reset.intro", { email: link.email })}>
        <TokenPasswordForm token={token!} email={link.email} action={resetPasswordAction} label={t("account.reset.password")} hint={t("account.reset.hint")} submit={t("account.reset.submit")} />
      </CardPage>
    );
  }
  return (
    <CardPage title={t(`account.reset.${link.status}Title`)} intro={t(`account.reset.${link.status}Body`)}>
      {askAgain}
    </CardPage>
  );
}
