import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";
import * as french from "@zxcvbn-ts/language-fr";

// How guessable a password is, by zxcvbn (dictionaries of common passwords, names and words in
// English and French, keyboard patterns, dates, repeats, l33t). The same estimator on the
// server, where the rule is enforced, and in the browser, where the meter is drawn (loaded on
// demand there: the dictionaries are large).

/** zxcvbn's 0–4 scale; 3 is "safely unguessable" (about 10^8 guesses, or more). */
export const MIN_PASSWORD_SCORE = 3;

export type PasswordScore = 0 | 1 | 2 | 3 | 4;

let estimators: Record<"en" | "fr", ZxcvbnFactory> | undefined;

function estimator(language: "en" | "fr"): ZxcvbnFactory {
  const dictionary = { ...common.dictionary, ...english.dictionary, ...french.dictionary };
  estimators ??= {
    en: new ZxcvbnFactory({ dictionary, graphs: common.adjacencyGraphs, translations: english.translations }),
    fr: new ZxcvbnFactory({ dictionary, graphs: common.adjacencyGraphs, translations: french.translations }),
  };
  return estimators[language];
}

export interface PasswordStrength {
  score: PasswordScore;
  strongEnough: boolean;
  /** zxcvbn's advice, in the given language (empty when there is nothing to say). */
  warning: string;
  suggestions: string[];
}

/** `context` holds what an attacker would try first: the email address and its parts. */
export function passwordStrength(password: string, context: string[] = [], language: "en" | "fr" = "en"): PasswordStrength {
  const inputs = context.flatMap((value) => [value, ...value.toLowerCase().split(/[@.+_-]/)]).filter((value) => value.length >= 3);
  const result = estimator(language).check(password, inputs);
  return { score: result.score, strongEnough: result.score >= MIN_PASSWORD_SCORE, warning: result.feedback.warning ?? "", suggestions: result.feedback.suggestions };
}
