// Keyword alerts: which of a rule's words and phrases a comment contains, and
// where (for highlighting). Both sides are folded the same way first:
// Unicode NFKC (full-width ＡＢＣ and half-width ｶﾅ become ABC and カナ, the
// ideographic space a space, composed and decomposed accents agree), then
// lower case, plus the few full case folds lower-casing misses (ß → ss,
// final ς → σ) and curly apostrophes → '. Scripts written without spaces
// between words (Chinese, Japanese, Korean particles glued to nouns, Thai,
// Lao, Khmer, Myanmar) match anywhere: 「遅い」 is found in 「配送が遅いです」,
// and spaces between their characters are ignored (「配送遅い」 finds 「配送 遅い」).
// Elsewhere a keyword must start and end on word boundaries, so "bad" finds
// "Bad!" but not "badge". A phrase's spaces match any run of whitespace
// (also none next to a character of a script without spaces).
//
// Offsets are UTF-16 indices into the original comment, as JavaScript
// strings and the DOM count them: comment.slice(start, end) is the match.
import { alertEventKey } from './episodes';

/** Letters of scripts written without spaces between words. */
const UNSPACED =
  /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]/u;
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
/** Marks that NFKC joins to the character before them (half-width dakuten too). */
const JOINS_PREVIOUS = /^[\p{M}\uFF9E\uFF9F]/u;
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ς: 'σ',
  '\u2019': "'",
  '\u2018': "'",
};

export interface KeywordMatch {
  /** The keyword as the rule wrote it. */
  keyword: string;
  /** UTF-16 offsets into the comment: comment.slice(start, end) is what matched. */
  start: number;
  end: number;
}

interface FoldedText {
  text: string;
  /** For each UTF-16 index of text: the original range of the characters it came from. */
  starts: number[];
  ends: number[];
}

/** The comparison form of a string, with a map from its indices back to the original. */
function fold(original: string): FoldedText {
  const codePoints = Array.from(original);
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (let i = 0; i < codePoints.length; ) {
    // A base character and the marks that NFKC may compose into it fold together.
    let segment = codePoints[i] as string;
    i++;
    while (i < codePoints.length && JOINS_PREVIOUS.test(codePoints[i] as string)) {
      segment += codePoints[i];
      i++;
    }
    let folded = segment.normalize('NFKC').toLowerCase();
    folded = Array.from(folded, (c) => EXTRA_FOLDS[c] ?? c).join('');
    for (let k = 0; k < folded.length; k++) {
      starts.push(offset);
      ends.push(offset + segment.length);
    }
    text += folded;
    offset += segment.length;
  }
  return { text, starts, ends };
}

const isSpacedWordCharacter = (c: string | undefined) =>
  c !== undefined && WORD_CHARACTER.test(c) && !UNSPACED.test(c);
const firstCodePoint = (s: string) => String.fromCodePoint(s.codePointAt(0) as number);
const lastCodePoint = (s: string) => Array.from(s).at(-1);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface CompiledKeyword {
  keyword: string;
  pattern: RegExp;
  /** Whether each end of the keyword is a word character of a spaced script (needs a boundary). */
  boundedStart: boolean;
  boundedEnd: boolean;
}

/** A token's pattern: its characters, with optional whitespace between two of a script without spaces. */
function tokenSource(token: string): string {
  const characters = Array.from(token);
  return characters
    .map((c, i) => {
      const previous = characters[i - 1];
      const gap = previous !== undefined && UNSPACED.test(previous) && UNSPACED.test(c);
      return `${gap ? '\\s*' : ''}${escapeRegExp(c)}`;
    })
    .join('');
}

function compile(keyword: string): CompiledKeyword | null {
  const tokens = fold(keyword).text.trim().split(/\s+/u).filter(Boolean);
  if (tokens.length === 0) return null;
  let source = tokenSource(tokens[0] as string);
  for (let t = 1; t < tokens.length; t++) {
    const before = lastCodePoint(tokens[t - 1] as string);
    const after = firstCodePoint(tokens[t] as string);
    const optional = UNSPACED.test(before ?? '') || UNSPACED.test(after);
    source += `${optional ? '\\s*' : '\\s+'}${tokenSource(tokens[t] as string)}`;
  }
  const whole = tokens.join(' ');
  return {
    keyword,
    pattern: new RegExp(source, 'gu'),
    boundedStart: isSpacedWordCharacter(firstCodePoint(whole)),
    boundedEnd: isSpacedWordCharacter(lastCodePoint(whole)),
  };
}

/**
 * Compiles a rule's keywords once; the returned function lists every match in
 * a comment, ordered by position (then by the rule's keyword order). Blank
 * keywords are ignored; a keyword matches at most once at each position.
 */
export function keywordMatcher(keywords: readonly string[]): (comment: string) => KeywordMatch[] {
  const compiled = keywords.map(compile).filter((k): k is CompiledKeyword => k !== null);
  return function matchComment(comment: string): KeywordMatch[] {
    const { text, starts, ends } = fold(comment);
    const matches: KeywordMatch[] = [];
    for (const { keyword, pattern, boundedStart, boundedEnd } of compiled) {
      pattern.lastIndex = 0;
      for (let found = pattern.exec(text); found !== null; found = pattern.exec(text)) {
        const from = found.index;
        const to = from + found[0].length;
        const before = lastCodePoint(text.slice(Math.max(0, from - 2), from));
        const after = to < text.length ? firstCodePoint(text.slice(to)) : undefined;
        const clean =
          (!boundedStart || !isSpacedWordCharacter(before)) &&
          (!boundedEnd || !isSpacedWordCharacter(after));
        if (clean) {
          matches.push({ keyword, start: starts[from] as number, end: ends[to - 1] as number });
        } else {
          // Not on a word boundary here: look again one character further on.
          pattern.lastIndex = from + ((text.codePointAt(from) as number) > 0xffff ? 2 : 1);
        }
      }
    }
    return matches.sort((a, b) => a.start - b.start);
  };
}

/** The matches of keywords in one comment (compile with keywordMatcher to check many comments). */
export function matchKeywords(comment: string, keywords: readonly string[]): KeywordMatch[] {
  return keywordMatcher(keywords)(comment);
}

export interface KeywordAlert {
  /** Idempotency key: rule × response, so a comment seen twice (a retry, a later edit) alerts once. */
  key: string;
  subject: string;
  responseId: string;
  /** The keywords found, each once, in the rule's order. */
  keywords: string[];
  matches: KeywordMatch[];
}

/** The alert a keyword rule raises for a response's comment, or null when no keyword is in it. */
export function keywordAlert(
  ruleId: string,
  responseId: string,
  matches: readonly KeywordMatch[],
): KeywordAlert | null {
  if (matches.length === 0) return null;
  return {
    key: alertEventKey(ruleId, responseId, 'triggered'),
    subject: ruleId,
    responseId,
    keywords: [...new Set(matches.map((m) => m.keyword))],
    matches: [...matches],
  };
}
