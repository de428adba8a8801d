import type { Language, Messages } from "@/lib/i18n";

// next-intl's typed keys: every `t("…")` is checked against the English catalogue.
declare module "next-intl" {
  interface AppConfig {
    Locale: Language;
    Messages: Messages;
  }
}
