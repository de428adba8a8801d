import { ZxcvbnFactory, type Options } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";
import * as french from "@zxcvbn-ts/language-fr";

// How guessable a password is, by zxcvbn (dictionaries of common passwords, names and words in
// English and French, keyboard patterns, dates, repeats, l33t). The same estimator on the
// server, where the rule is enforced, and in the browser, where the meter is drawn (loaded on
// demand there: the dictionaries are large).

/** zxcvbn's 0–4 scale; 3 is "safely unguessable" (about 10^8 guesses, or more). */
const MIN_PASSWORD_SCORE = 3;

/**
 * zxcvbn judges the first 64 characters. Its cost grows with the length times the l33t
 * readings of each character: a crafted 120-character password took 1.4 s of the event loop.
 * Judging a prefix only ever refuses more (characters past it add guesses, never remove them).
 */
export const ANALYSED_PASSWORD_LENGTH = 64;

type PasswordScore = 0 | 1 | 2 | 3 | 4;

export type RankedDictionaries = Record<string, Record<string, number>>;

/** zxcvbn's English and French dictionaries, one per kind ("firstnames", "wikipedia", ...). */
export function dictionariesByKind(): Record<string, readonly (string | number)[]> {
  return { ...common.dictionary, ...english.dictionary, ...french.dictionary };
}

/**
 * One ranked dictionary per kind, a word's rank the best it has in either language. zxcvbn
 * looks every substring up in every dictionary (and again for each l33t reading), so 20
 * dictionaries in place of 38 halve its time; the scores are the same, since only the lowest
 * rank of a word counts towards the guesses.
 */
export function mergeByKind(dictionaries: Record<string, readonly (string | number)[]>): { ranked: RankedDictionaries; maxWordSize: Record<string, number> } {
  const ranked: RankedDictionaries = {};
  const maxWordSize: Record<string, number> = {};
  for (const [name, words] of Object.entries(dictionaries)) {
    const kind = name.replace(/-(en|fr)$/, "");
    const ranks = (ranked[kind] ??= {});
    words.forEach((entry, index) => {
      const word = String(entry);
      if (!(ranks[word] <= index + 1)) ranks[word] = index + 1;
      maxWordSize[kind] = Math.max(maxWordSize[kind] ?? 0, word.length);
    });
  }
  return { ranked, maxWordSize };
}

let estimators: Record<"en" | "fr", ZxcvbnFactory> | undefined;

function estimator(language: "en" | "fr"): ZxcvbnFactory {
  if (!estimators) {
    const { ranked, maxWordSize } = mergeByKind(dictionariesByKind());
    const build = (translations: typeof english.translations) => {
      const factory = new ZxcvbnFactory({ graphs: common.adjacencyGraphs, translations, maxLength: ANALYSED_PASSWORD_LENGTH });
      // zxcvbn takes dictionaries as ordered lists, which cannot say "rank 7 in English and in
      // French"; its options hold the ranked form, which is what the matchers read.
      const options = (factory as unknown as { options: Options }).options;
      options.rankedDictionaries = ranked;
      options.rankedDictionariesMaxWordSize = maxWordSize;
      return factory;
    };
    estimators = { en: build(english.translations), fr: build(french.translations) };
  }
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
