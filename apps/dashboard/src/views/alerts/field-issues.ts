// The API's refusal of a form (problem+json `issues`) placed on the form's
// fields: each issue as a sentence naming the field as the form labels it
// (a list's entry by its value: `Email to: "ana@"`), shown under that field;
// an issue about no field the form shows stays with the form's own message.
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import { ApiError } from '../../api/client';
import { fillText } from '../../i18n/fill';
import type { I18n } from '../../i18n/i18n';
import { issueSentence } from '../../issue-words';
import { problemText } from '../problem-text';

export interface FormField {
  /** The issue path it answers for (`emails`, `settings.keywords`). */
  path: string;
  /** Its label, in the interface's words. */
  label: string;
  /** For a list: the entries sent, so `emails.1` names the address. */
  entries?: string[];
}

export interface FormProblems {
  /** The sentence for each field's path with an issue. */
  byField: Record<string, string>;
  /** What belongs to no field shown (or the refusal itself, without issues). */
  general: string | undefined;
}

export const noProblems: FormProblems = { byField: {}, general: undefined };

/** Splits a list typed one per line or separated by commas (、 and ， too). */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,、，]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

export function formProblems(failure: unknown, fields: FormField[], i18n: I18n): FormProblems {
  if (!(failure instanceof ApiError) || failure.issues.length === 0)
    return { byField: {}, general: problemText(failure, i18n) };
  const byField: Record<string, string> = {};
  const others: string[] = [];
  for (const issue of failure.issues) {
    const field = fields.find(
      (f) => issue.field === f.path || issue.field.startsWith(`${f.path}.`),
    );
    if (!field) {
      others.push(issueSentence(issue.field, issue.message, i18n));
      continue;
    }
    if (byField[field.path]) continue;
    const rest = issue.field.slice(field.path.length + 1).split('.')[0] ?? '';
    const entry = /^\d+$/.test(rest) ? field.entries?.[Number(rest)] : undefined;
    const words =
      entry === undefined
        ? field.label
        : fillText(i18n.t('fieldEntry'), { field: field.label, value: entry });
    byField[field.path] = issueSentence(words, issue.message, i18n);
  }
  return { byField, general: others.length ? others.join(' ') : undefined };
}

/**
 * After a refusal with field issues, focus goes to the first field marked
 * invalid, so a screen reader reads the field with its issue.
 */
export function useFocusOnIssues(
  form: RefObject<HTMLFormElement | null>,
  problems: FormProblems,
): void {
  useEffect(() => {
    if (Object.keys(problems.byField).length === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [problems]);
}
