import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { TokenPasswordForm } from "@/components/auth/token-password-form";
import { CardPage } from "@/components/ui/card-page";
import { inspectInvite } from "@/lib/admin/team";
import { currentTranslations } from "@/lib/i18n/server";
import { acceptInviteAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslations();
  return { title: t("account.invite.title"), referrer: "no-referrer", robots: { index: false } };
}

const Query = z.object({ token: z.string().trim().min(1).max(200).optional().catch(undefined) });

export default async function AcceptInvitePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = Query.parse(await searchParams);
  const invite = token ? await inspectInvite(token) : ({ status: "invalid" } as const);
  const { t } = await currentTranslations();
  if (invite.status === "valid") {
    return (
      <CardPage title={t("account.invite.title")} intro={t("account.invite.intro", { email: invite.email })}>
        <TokenPasswordForm token={token!} email={invite.email} action={acceptInviteAction} label={t("account.invite.password")} hint={t("account.reset.hint")} submit={t("account.invite.submit")} />
      </CardPage>
    );
  }
  return (
    <CardPage title={t(`account.invite.${invite.status}Title`)} intro={t(`account.invite.${invite.status}Body`)}>
      <Link href="/login" className="font-semibold text-brand-700 underline">
        {t("common.signIn")}
      </Link>
    </CardPage>
  );
}
