import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { CardPage } from "@/components/ui/card-page";
import { optionalPageUser } from "@/lib/auth/page-guard";
import { safeRedirect } from "@/lib/http/redirects";
import { currentTranslations } from "@/lib/i18n/server";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentTranslations();
  return { title: t("login.title") };
}

const LoginQuery = z.object({
  callbackUrl: z.string().max(500).optional().catch(undefined),
  signedOut: z.string().optional().catch(undefined),
});

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = LoginQuery.parse(await searchParams);
  if (await optionalPageUser()) redirect("/onboarding");
  const { t } = await currentTranslations();
  return (
    <CardPage title={t("login.title")} intro={t("login.intro")}>
      {query.signedOut !== undefined && (
        <div className="mb-5">
          <Alert tone="info">{t("login.signedOut")}</Alert>
        </div>
      )}
      <LoginForm callbackUrl={safeRedirect(query.callbackUrl, "/onboarding")} />
    </CardPage>
  );
}
