// A server process's memory from /proc (Linux), read by the benches that run
// one: VmRSS is its resident memory now, VmHWM the peak it reached.
import { readFileSync } from 'node:fs';

/** Megabytes, rounded to whole MB (the benches print no finer). */
export function residentMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(status.match(new RegExp(`${field}:\\s+(\\d+) kB`))?.[1] ?? 0);
  return Math.round(kb / 1024);
}
