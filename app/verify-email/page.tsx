import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { z } from "zod";
import { CardPage } from "@/components/ui/card-page";
import { inspectVerificationLink, REGISTRATION_COOKIE } from "@/lib/auth/verification";
import { currentTranslations } from "@/lib/i18n/server";
import { ConfirmEmailForm } from "./confirm-form";
import { ResendFromExpiredLink } from "./resend-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslations();
  return { title: t("verify.title"), referrer: "no-referrer", robots: { index: false } };
}

const Query = z.object({ token: z.string().trim().min(1).max(200).optional().catch(undefined) });

/** Opening a link only shows it: mail scanners fetch links, so confirming takes a POST. */
export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = Query.parse(await searchParams);
  const link = token ? await inspectVerificationLink(token, (await cookies()).get(REGISTRATION_COOKIE)?.value) : ({ status: "invalid" } as const);
  const { t } = await currentTranslations();
  const signInLink = (
    <Link href="/login" className="block rounded-lg bg-brand-600 px-4 py-2.5 text-center font-semibold text-white hover:bg-brand-700">
      {t("common.signIn")}
    </Link>
  );

  switch (link.status) {
    case "valid":
      return (
        <CardPage title={t("verify.confirmTitle")}>
          <ConfirmEmailForm token={token!} email={link.email} sameBrowser={link.sameBrowser} />
        </CardPage>
      );
    case "expired":
      return (
        <CardPage title={t("verify.expiredTitle")} intro={t("verify.expiredBody")}>
          <ResendFromExpiredLink token={token!} />
        </CardPage>
      );
    case "used":
      return (
        <CardPage title={t("verify.usedTitle")} intro={t("verify.usedBody")}>
          {signInLink}
        </CardPage>
      );
    case "invalid":
      return (
        <CardPage title={t("verify.invalidTitle")} intro={t("verify.invalidBody")}>
          {signInLink}
        </CardPage>
      );
  }
}
