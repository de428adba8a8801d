import { Body, Container, Head, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { asLanguage, translator } from "@/lib/i18n";

export const emailStyles = {
  heading: { fontSize: "22px", fontWeight: 700, color: "#0f172a", margin: "0 0 16px" },
  text: { fontSize: "15px", lineHeight: "24px", color: "#334155", margin: "0 0 16px" },
  button: { backgroundColor: "#2f5bd3", color: "#ffffff", borderRadius: "8px", padding: "12px 20px", fontWeight: 600, fontSize: "15px", textDecoration: "none" },
  small: { fontSize: "13px", lineHeight: "20px", color: "#64748b", margin: "0 0 8px" },
  link: { color: "#2448ad", wordBreak: "break-all" as const },
};

interface EmailLayoutProps {
  language: string;
  preview: string;
  supportEmail: string;
  /** Marketing mail only: where the reader chooses what they get (also in the List-Unsubscribe header). */
  preferencesUrl?: string;
  children: ReactNode;
}

export function EmailLayout({ language, preview, supportEmail, preferencesUrl, children }: EmailLayoutProps) {
  const t = translator(asLanguage(language));
  return (
    <Html lang={language}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f1f5f9", fontFamily: "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif", padding: "24px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", borderRadius: "12px", padding: "32px", maxWidth: "520px" }}>
          <Text style={{ ...emailStyles.small, fontWeight: 700, color: "#172c63", marginBottom: "24px" }}>OFM Onboarding</Text>
          <Section>{children}</Section>
          <Hr style={{ borderColor: "#e2e8f0", margin: "24px 0" }} />
          <Text style={emailStyles.small}>{preferencesUrl ? t("emails.marketingFooter") : t("emails.footer")}</Text>
          {preferencesUrl && (
            <Text style={emailStyles.small}>
              <Link href={preferencesUrl} style={emailStyles.link}>
                {t("emails.preferences")}
              </Link>
            </Text>
          )}
          <Text style={emailStyles.small}>{t("emails.support", { email: supportEmail })}</Text>
        </Container>
      </Body>
    </Html>
  );
}
