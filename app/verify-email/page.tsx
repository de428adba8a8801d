import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { CardPage } from "@/components/ui/card-page";
import { SubmitButton } from "@/components/ui/submit-button";
import { verifyEmailToken, type VerificationResult } from "@/lib/auth/verification";
import { currentDictionary } from "@/lib/i18n/server";
import { continueAfterVerification } from "./actions";
import { ResendFromExpiredLink } from "./resend-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentDictionary();
  return { title: t.verify.title, referrer: "no-referrer" };
}

const Query = z.object({ token: z.string().trim().min(1).max(200).optional().catch(undefined) });

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = Query.parse(await searchParams);
  const result: VerificationResult = token ? await verifyEmailToken(token) : { status: "invalid" };
  const { t, language } = await currentDictionary();
  const signInLink = (
    <Link href="/login" className="block rounded-lg bg-brand-600 px-4 py-2.5 text-center font-semibold text-white hover:bg-brand-700">
      {t.common.signIn}
    </Link>
  );

  switch (result.status) {
    case "verified":
      return (
        <CardPage title={t.verify.verifiedTitle}>
          <div className="space-y-5">
            <Alert tone="success">{t.verify.verifiedBody}</Alert>
            <form action={continueAfterVerification}>
              <input type="hidden" name="ticket" value={result.signInTicket} />
              <SubmitButton pendingLabel={t.common.working}>{t.verify.continue}</SubmitButton>
            </form>
          </div>
        </CardPage>
      );
    case "expired":
      return (
        <CardPage title={t.verify.expiredTitle} intro={t.verify.expiredBody}>
          <ResendFromExpiredLink token={token!} language={language} />
        </CardPage>
      );
    case "used":
      return (
        <CardPage title={t.verify.usedTitle} intro={t.verify.usedBody}>
          {signInLink}
        </CardPage>
      );
    case "invalid":
      return (
        <CardPage title={t.verify.invalidTitle} intro={t.verify.invalidBody}>
          {signInLink}
        </CardPage>
      );
  }
}
