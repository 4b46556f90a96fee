// CSV per RFC 4180 (CRLF line ends, quotes doubled, fields with separators,
// quotes or line breaks quoted), with cells that a spreadsheet would run as a
// formula neutralised: text starting with = + - @ tab or CR gets a leading
// apostrophe (OWASP "CSV injection"). Visitor comments are untrusted input.
export type CsvValue = string | number | boolean | null | undefined;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
