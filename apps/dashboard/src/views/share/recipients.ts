// The recipients of personal links as typed or pasted: one per line,
// "userId" or "userId, email" — a CSV with those two columns (a header row,
// quoted cells, semicolons or tabs from a spreadsheet) reads the same — and
// the links back as a CSV whose cells a spreadsheet will not run as formulas.
import { csvLine } from '@koe/core/csv';
import type { PersonalLink } from '../../api/links';

export interface Recipient {
  userId: string;
  email?: string;
}

export interface ParsedRecipients {
  recipients: Recipient[];
  /** 1-based numbers of the lines that could not be read. */
  badLines: number[];
}

/** One line's cells: comma, semicolon or tab separated, "quoted" cells with "" for a quote. */
export function cellsOf(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === ',' || char === ';' || char === '\t') {
      cells.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  cells.push(cell.trim());
  return cells;
}

const HEADER = /^user[\s_-]?id$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: an id is one line of text
const CONTROL = /[\u0000-\u001f\u007f]/;

export function parseRecipients(text: string): ParsedRecipients {
  const recipients: Recipient[] = [];
  const badLines: number[] = [];
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const [userId = '', email = '', ...rest] = cellsOf(line);
    if (index === 0 && HEADER.test(userId)) return;
    const extra = rest.some((cell) => cell !== '');
    if (
      userId === '' ||
      userId.length > 256 ||
      CONTROL.test(userId) ||
      extra ||
      (email !== '' && !EMAIL.test(email))
    ) {
      badLines.push(index + 1);
      return;
    }
    recipients.push(email ? { userId, email } : { userId });
  });
  return { recipients, badLines };
}

export const LINKS_CSV_HEADER = ['userId', 'email', 'url', 'expiresAt'];

/** The links as CSV (CRLF, a byte-order mark for spreadsheet programs, formulas neutralised). */
export function linksCsv(links: readonly PersonalLink[]): string {
  return [
    '\ufeff',
    csvLine(LINKS_CSV_HEADER),
    ...links.map((link) => csvLine([link.userId, link.email, link.url, link.expiresAt])),
  ].join('');
}
