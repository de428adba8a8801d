import type { Language } from "@/lib/i18n";

// Every string of every email, per language. Subjects included.
export type EmailLanguage = Language;

export const EMAIL_MESSAGES = {
  en: {
    footer: "You receive this email because an account was created with this address on OFM Onboarding.",
    support: (email: string) => `Questions? Write to ${email}.`,
    verifyEmail: {
      subject: "Confirm your email address",
      preview: "Confirm your email to continue your onboarding",
      heading: "Confirm your email address",
      body: (email: string) => `Please confirm that ${email} is your email address to continue your onboarding.`,
      button: "Verify email",
      fallback: "Or paste this link into your browser:",
      expiry: (minutes: number) => `This link expires in ${formatMinutes(minutes, "en")} and can be used once.`,
      ignore: "If you did not create an account, you can ignore this email.",
    },
    accountExists: {
      subject: "Someone tried to sign up with your email",
      preview: "You already have an account",
      heading: "You already have an account",
      body: (email: string) => `Someone (hopefully you) just tried to create a new account with ${email}. You already have one, so nothing was changed.`,
      button: "Sign in",
      unverified: "This address has not been confirmed yet. Confirm it to use the account; if you did not create it yourself, you will choose your own password.",
      confirmButton: "Confirm my email",
      ignore: "If this was not you, you can ignore this email: your account is safe.",
    },
    payoutsLink: {
      subject: "Finish setting up your payouts",
      preview: "One step left before you can be paid",
      heading: "Finish setting up your payouts",
      body: "The agency asked us to send you a fresh link to continue setting up your payouts with Stripe. It only takes a few minutes.",
      button: "Continue with Stripe",
      note: "The link opens your onboarding and creates a new secure Stripe session each time.",
    },
    payoutsPaused: {
      subject: "Your payouts are paused",
      preview: "Stripe needs something from you to resume your payouts",
      heading: "Your payouts are paused",
      body: "Stripe has paused payouts on your account until it gets the following:",
      deadline: (date: string) => `Stripe needs it by ${date}.`,
      button: "Resume with Stripe",
    },
    welcome: {
      subject: "Your payouts are active",
      preview: "Welcome aboard: your onboarding is complete",
      heading: "Welcome aboard!",
      body: "Stripe has verified your account: you can now receive payouts. The agency will be in touch about next steps.",
      button: "Open your dashboard",
    },
  },
  fr: {
    footer: "Vous recevez cet e-mail car un compte a été créé avec cette adresse sur OFM Onboarding.",
    support: (email: string) => `Des questions ? Écrivez à ${email}.`,
    verifyEmail: {
      subject: "Confirmez votre adresse e-mail",
      preview: "Confirmez votre e-mail pour poursuivre votre inscription",
      heading: "Confirmez votre adresse e-mail",
      body: (email: string) => `Merci de confirmer que ${email} est bien votre adresse pour poursuivre votre inscription.`,
      button: "Vérifier mon e-mail",
      fallback: "Ou collez ce lien dans votre navigateur :",
      expiry: (minutes: number) => `Ce lien expire dans ${formatMinutes(minutes, "fr")} et ne peut servir qu'une fois.`,
      ignore: "Si vous n'avez pas créé de compte, ignorez cet e-mail.",
    },
    accountExists: {
      subject: "Quelqu'un a essayé de s'inscrire avec votre e-mail",
      preview: "Vous avez déjà un compte",
      heading: "Vous avez déjà un compte",
      body: (email: string) => `Quelqu'un (vous, espérons-le) vient d'essayer de créer un compte avec ${email}. Vous en avez déjà un : rien n'a été modifié.`,
      button: "Se connecter",
      unverified: "Cette adresse n'a pas encore été confirmée. Confirmez-la pour utiliser le compte ; si vous ne l'avez pas créé vous-même, vous choisirez votre propre mot de passe.",
      confirmButton: "Confirmer mon e-mail",
      ignore: "Si ce n'était pas vous, ignorez cet e-mail : votre compte est en sécurité.",
    },
    payoutsLink: {
      subject: "Terminez la configuration de vos paiements",
      preview: "Plus qu'une étape avant d'être payé",
      heading: "Terminez la configuration de vos paiements",
      body: "L'agence nous a demandé de vous envoyer un nouveau lien pour poursuivre la configuration de vos paiements avec Stripe. Cela ne prend que quelques minutes.",
      button: "Continuer avec Stripe",
      note: "Le lien ouvre votre inscription et crée à chaque fois une nouvelle session Stripe sécurisée.",
    },
    payoutsPaused: {
      subject: "Vos paiements sont suspendus",
      preview: "Stripe a besoin d'un élément pour reprendre vos paiements",
      heading: "Vos paiements sont suspendus",
      body: "Stripe a suspendu les paiements de votre compte en attendant :",
      deadline: (date: string) => `Stripe en a besoin avant le ${date}.`,
      button: "Reprendre avec Stripe",
    },
    welcome: {
      subject: "Vos paiements sont activés",
      preview: "Bienvenue : votre inscription est terminée",
      heading: "Bienvenue !",
      body: "Stripe a vérifié votre compte : vous pouvez désormais recevoir vos paiements. L'agence vous contactera pour la suite.",
      button: "Ouvrir mon tableau de bord",
    },
  },
} as const;

function formatMinutes(minutes: number, language: EmailLanguage): string {
  if (minutes % 60 === 0) {
    const hours = minutes / 60;
    return language === "fr" ? `${hours} heure${hours > 1 ? "s" : ""}` : `${hours} hour${hours > 1 ? "s" : ""}`;
  }
  return `${minutes} minute${minutes > 1 ? "s" : ""}`;
}

export function emailMessages(language: string) {
  return EMAIL_MESSAGES[language === "fr" ? "fr" : "en"];
}
