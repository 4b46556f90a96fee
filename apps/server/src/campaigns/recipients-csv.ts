// A recipient list as CSV, as spreadsheets and CRMs export it: a header row
// naming the columns (email is required; userId, locale and timeZone are
// known under their usual spellings; every other column is an attribute, an
// "attr." prefix dropped), RFC 4180 quoting, a byte-order mark, commas,
// semicolons or tabs. Rows come back as plain objects for the same schema the
// JSON form is checked with, each with its line number for error messages.
import { parse } from 'csv-parse/sync';

export interface CsvRecipientRow {
  /** The row's first line in the file (the header is line 1). */
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
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      delimiter,
      relax_quotes: false,
      skip_empty_lines: true,
      trim: true,
      info: true,
      to: maxRows + 2,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ field: 'csv', message: message.slice(0, 300) }] };
  }
  const [header, ...body] = records;
  if (!header) return { ok: false, issues: [{ field: 'csv', message: 'is empty' }] };
  if (body.length > maxRows)
    return { ok: false, issues: [{ field: 'csv', message: `has more than ${maxRows} rows` }] };
  const columns = header.record.map((name) => {
    const known = KNOWN[squash(name)];
    return known
      ? { key: known, attribute: false }
      : { key: name.replace(/^attr\./i, ''), attribute: true };
  });
  if (!columns.some((column) => column.key === 'email'))
    return {
      ok: false,
      issues: [{ field: 'csv', message: 'needs a header row with an email column' }],
    };
  const rows = body.map(({ record, info }) => {
    const value: Record<string, unknown> = {};
    const attributes: Record<string, string> = {};
    record.forEach((cell, i) => {
      const column = columns[i];
      if (!column || cell === '') return;
      if (column.attribute) attributes[column.key] = cell;
      else value[column.key] = cell;
    });
    if (Object.keys(attributes).length) value.attributes = attributes;
    return { line: info.lines, value };
  });
  return { ok: true, rows };
}
