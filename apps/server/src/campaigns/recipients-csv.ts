// A recipient list as CSV, as spreadsheets and CRMs export it: a header row
// naming the columns (email is required; userId, locale and timeZone are
// known under their usual spellings; every other column is an attribute, an
// "attr." prefix dropped), RFC 4180 quoting, a byte-order mark, commas,
// semicolons or tabs. Rows come back as plain objects for the same schema the
// JSON form is checked with, each with its line number for error messages.
import { parse } from 'csv-parse/sync';

export interface CsvRecipientRow {
  /** The row's number, the header being 1: its line, unless a quoted cell above spans lines. */
  line: number;
  value: Record<string, unknown>;
}

export type CsvRecipients =
  | { ok: true; rows: CsvRecipientRow[] }
  | { ok: false; issues: Array<{ field: string; message: string }> };

const KNOWN: Record<string, 'email' | 'userId' | 'locale' | 'timeZone'> = {
  email: 'email',
  emailaddress: 'email',
  mail: 'email',
  userid: 'userId',
  user: 'userId',
  customerid: 'userId',
  locale: 'locale',
  language: 'locale',
  lang: 'locale',
  timezone: 'timeZone',
  tz: 'timeZone',
};

const squash = (name: string) => name.toLowerCase().replaceAll(/[\s_.-]/g, '');

function delimiterOf(headerLine: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, headerLine.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

export function parseRecipientsCsv(csv: string, maxRows: number): CsvRecipients {
  const text = csv.replace(/^\ufeff/, '');
  const delimiter = delimiterOf(text.split(/\r\n|\r|\n/, 1)[0] ?? '');
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      relax_quotes: false,
      // Blank lines and short rows are handled below, so every record keeps its line's number.
      relax_column_count: true,
    }) as string[][];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ field: 'csv', message: message.slice(0, 300) }] };
  }
  const [header, ...body] = records;
  if (!header) return { ok: false, issues: [{ field: 'csv', message: 'is empty' }] };
  const columns = header.map((raw) => {
    const name = raw.trim();
    const known = KNOWN[squash(name)];
    return known
      ? { key: known, attribute: false }
      : { key: name.replace(/^attr\./i, ''), attribute: true };
  });
  const named = new Set<string>();
  for (const [i, column] of columns.entries()) {
    const issue =
      column.key === ''
        ? `column ${i + 1} of the header has no name`
        : named.has(column.key)
          ? `names ${column.key} twice`
          : undefined;
    if (issue) return { ok: false, issues: [{ field: 'csv', message: `the header: ${issue}` }] };
    named.add(column.key);
  }
  if (!columns.some((column) => column.key === 'email'))
    return {
      ok: false,
      issues: [{ field: 'csv', message: 'needs a header row with an email column' }],
    };
  // Records are numbered as lines are, the header being 1 (the same unless a quoted cell
  // spans lines); csv-parse's own line count costs more than the parsing.
  const rows: CsvRecipientRow[] = [];
  const issues: Array<{ field: string; message: string }> = [];
  body.forEach((record, index) => {
    const line = index + 2;
    if (record.every((cell) => cell.trim() === '')) return;
    if (record.slice(columns.length).some((cell) => cell.trim() !== '')) {
      issues.push({
        field: `rows.${line}`,
        message: `has ${record.length} cells; the header names ${columns.length}`,
      });
      return;
    }
    const value: Record<string, unknown> = {};
    const attributes: Record<string, string> = {};
    record.forEach((raw, i) => {
      const column = columns[i];
      const cell = raw.trim();
      if (!column || cell === '') return;
      if (column.attribute) attributes[column.key] = cell;
      else value[column.key] = cell;
    });
    if (Object.keys(attributes).length) value.attributes = attributes;
    rows.push({ line, value });
  });
  if (rows.length > maxRows)
    return { ok: false, issues: [{ field: 'csv', message: `has more than ${maxRows} rows` }] };
  if (issues.length) return { ok: false, issues: issues.slice(0, 100) };
  return { ok: true, rows };
}
