import Link from "next/link";
import { TokenButtonForm } from "@/components/auth/token-password-form";
import { CardPage } from "@/components/ui/card-page";
import { inspectEmailChangeLink } from "@/lib/auth/email-change";
import { currentTranslations } from "@/lib/i18n/server";
import { confirmEmailChangeAction, undoEmailChangeAction } from "./actions";

/** Both email-change links: the page shows what the link would do; only its button does it. */
export async function EmailChangeLinkPage({ token, purpose }: { token: string | undefined; purpose: "email_change" | "email_change_undo" }) {
  const link = token ? await inspectEmailChangeLink(token, purpose) : ({ status: "invalid" } as const);
  const { t } = await currentTranslations();
  if (link.status !== "valid") {
    return (
      <CardPage title={t(`account.emailChange.${link.status}Title`)} intro={link.status === "used" ? t("account.emailChange.usedBody") : undefined}>
        <Link href="/settings" className="font-semibold text-brand-700 underline">
          {t("account.settings.link")}
        </Link>
      </CardPage>
    );
  }
  const values = { old: link.oldEmail, new: link.newEmail };
  return purpose === "email_change" ? (
    <CardPage title={t("account.emailChange.confirmTitle")} intro={t("account.emailChange.confirmBody", values)}>
      <TokenButtonForm token={token!} action={confirmEmailChangeAction} submit={t("account.emailChange.confirmButton")} onward={{ href: "/settings", label: t("account.emailChange.toSettings") }} />
    </CardPage>
  ) : (
    <CardPage title={t("account.emailChange.undoTitle")} intro={link.done ? t("account.emailChange.undoBodyDone", values) : t("account.emailChange.undoBody", values)}>
      <TokenButtonForm token={token!} action={undoEmailChangeAction} submit={t("account.emailChange.undoButton")} onward={link.done ? { href: "/forgot-password", label: t("account.emailChange.toNewPassword") } : { href: "/settings", label: t("account.emailChange.toSettings") }} />
    </CardPage>
  );
}
