// npm run email:preview — renders every email template in every language, with its preview
// props, to .data/email-preview/*.html (and .txt), offline. react-email's own preview server
// installs @react-email/ui from the registry at run time, which we do not allow (see README).
import fs from "node:fs";
import path from "node:path";
import AccountExists from "@/emails/account-exists";
import PayoutsLink from "@/emails/payouts-link";
import AdminCreatorRejected from "@/emails/admin-creator-rejected";
import PayoutsNeedsInformation from "@/emails/payouts-needs-information";
import PayoutsPaused from "@/emails/payouts-paused";
import PayoutsRejected from "@/emails/payouts-rejected";
import VerifyEmail from "@/emails/verify-email";
import Welcome from "@/emails/welcome";
import Nudge from "@/emails/nudge";
import DeadlineReminder from "@/emails/deadline-reminder";
import { renderEmail } from "@/lib/email/send";
import type { EmailContent } from "@/lib/email/templates";
import { LANGUAGES } from "@/lib/i18n";

const OUTPUT = path.resolve(".data/email-preview");
/** Preview props without the two that renderEmail supplies itself. */
function templateProps<T extends { language: string; support_email: string }>(props: T): Omit<T, "language" | "support_email"> {
  return Object.fromEntries(Object.entries(props).filter(([key]) => key !== "language" && key !== "support_email")) as Omit<T, "language" | "support_email">;
}

const CONTENTS: EmailContent[] = [
  { template: "verify-email", props: templateProps(VerifyEmail.PreviewProps) },
  { template: "account-exists", props: templateProps(AccountExists.PreviewProps) },
  { template: "welcome", props: templateProps(Welcome.PreviewProps) },
  { template: "payouts-link", props: templateProps(PayoutsLink.PreviewProps) },
  { template: "payouts-paused", props: templateProps(PayoutsPaused.PreviewProps) },
  { template: "payouts-needs-information", props: templateProps(PayoutsNeedsInformation.PreviewProps) },
  { template: "payouts-rejected", props: templateProps(PayoutsRejected.PreviewProps) },
  { template: "admin-creator-rejected", props: templateProps(AdminCreatorRejected.PreviewProps) },
  { template: "nudge", props: templateProps(Nudge.PreviewProps) },
  { template: "deadline-reminder", props: templateProps(DeadlineReminder.PreviewProps) },
];

fs.mkdirSync(OUTPUT, { recursive: true });
for (const content of CONTENTS) {
  for (const language of LANGUAGES) {
    const email = await renderEmail(content, language);
    const base = path.join(OUTPUT, `${content.template}.${language}`);
    fs.writeFileSync(`${base}.html`, email.html);
    fs.writeFileSync(`${base}.txt`, `Subject: ${email.subject}\n\n${email.text}`);
    console.log(`${path.relative(process.cwd(), base)}.html  — ${email.subject}`);
  }
}
