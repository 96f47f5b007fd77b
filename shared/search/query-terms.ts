import { synonymsOf } from './synonyms';

/** At most this many words of a query count; the rest of a pasted paragraph is ignored. */
export const maxQueryTerms = 8;

export type QueryTerm = {
  /** The word as typed, lower-cased: letters and digits only. */
  word: string;
  /** The word and its synonyms, each split into words (a synonym may be a phrase). */
  variants: string[][];
};

/**
 * Splits free text into words of letters and digits. Everything else — tsquery operators,
 * quotes, filter syntax — separates words and never reaches an engine as syntax.
 */
export function queryTerms(text: string): QueryTerm[] {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, maxQueryTerms);
  return words.map((word) => ({
    word,
    variants: [word, ...synonymsOf(word)]
      .map((variant) => variant.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
      .filter((parts) => parts.length > 0),
  }));
}
