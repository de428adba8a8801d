import type { Metadata } from "next";
import { z } from "zod";
import { CardPage } from "@/components/ui/card-page";
import { env } from "@/lib/env";
import { currentTranslations } from "@/lib/i18n/server";
import { ForgotPasswordForm } from "./forgot-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslations();
  return { title: t("account.forgot.title") };
}

const Query = z.object({ email: z.email().max(254).optional().catch(undefined) });

export default async function ForgotPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { email } = Query.parse(await searchParams);
  const { t } = await currentTranslations();
  return (
    <CardPage title={t("account.forgot.title")} intro={t("account.forgot.intro")}>
      <ForgotPasswordForm minutes={env().PASSWORD_RESET_TTL_MINUTES} initialEmail={email} />
    </CardPage>
  );
}
