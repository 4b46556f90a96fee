// How CLI commands print: one JSON document (for scripts) or aligned text
// columns (for people).

/** Text rows as columns padded to the widest cell (the last column is not padded). */
export function columns(rows: string[][]): string {
  const widths =
    rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length))) ?? [];
  return rows
    .map((row) =>
      row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i] ?? 0) : cell)).join('  '),
    )
    .join('\n');
}

export function printJson(value: unknown): void {
  console.log(JSON.stringify(value));
}

/** "2026-11-01 12:03" (UTC) for people; the JSON output keeps full ISO times. */
export const minute = (iso: string | null) =>
  iso === null ? 'never' : `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
