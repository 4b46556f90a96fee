// The terms of a comment: its words and two-word phrases, normalised so that
// the same word counts once however it was typed. Words come from
// Intl.Segmenter (word granularity), which splits Japanese and Chinese by
// dictionary (「配送が遅いです」 → 配送 | が | 遅い | です) and other scripts by
// word boundaries; NFKC folds full-width letters, case is folded, stop words
// (stop-words.ts) and numbers are dropped. A phrase is two words that stand
// next to each other with no stop word between them, joined with a space
// where the script uses spaces ("slow delivery") and without one where it
// does not (「返金対応」). Each term counts once per comment: one comment
// repeating a word is one voice.
import { STOP_WORDS } from './stop-words';

const MAX_COMMENT_CHARS = 2000;
const MAX_TERM_CHARS = 64;
const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD = /[\p{L}\p{M}]/u;

let segmenter: Intl.Segmenter | undefined;

function words(text: string): Array<string | null> {
  segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  const out: Array<string | null> = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike) {
      // Punctuation ends a phrase; spaces between words do not.
      if (/[^\s]/u.test(segment)) out.push(null);
      continue;
    }
    const word = segment.replace(/['’]/g, '');
    const keep =
      WORD.test(word) &&
      !STOP_WORDS.has(word) &&
      word.length <= MAX_TERM_CHARS &&
      // A lone Latin letter says nothing; a lone Han character may ("高", "安").
      (word.length > 1 || SPACELESS.test(word));
    out.push(keep ? word : null);
  }
  return out;
}

/** The distinct terms (words and two-word phrases) of a comment. */
export function termsOf(comment: string): string[] {
  const text = comment.slice(0, MAX_COMMENT_CHARS).normalize('NFKC').toLocaleLowerCase();
  const sequence = words(text);
  const terms = new Set<string>();
  sequence.forEach((word, i) => {
    if (word === null) return;
    terms.add(word);
    const next = sequence[i + 1];
    if (next) {
      const joiner = SPACELESS.test(word.at(-1) ?? '') && SPACELESS.test(next[0] ?? '') ? '' : ' ';
      const phrase = `${word}${joiner}${next}`;
      if (phrase.length <= MAX_TERM_CHARS) terms.add(phrase);
    }
  });
  return [...terms];
}
