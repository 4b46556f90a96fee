// Turns zod's errors into koe's FieldIssue list: "score: must be an integer".
// One formatter for the API's problem+json bodies, the CLI and the dashboard.
import type { z } from 'zod';
import type { FieldIssue } from './response';

function fieldOf(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(body)' : path.map(String).join('.');
}

function messageOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : `must be ${withArticle(issue.expected)}`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message;
  }
}

function withArticle(expected: string): string {
  const type = expected === 'int' ? 'integer' : expected;
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** Issues of a failed parse. Parse with { reportInput: true } (as validate does) so a
 * missing field reads "is required" rather than "must be a string". */
export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    // Unknown keys are reported on the object; name the first key as the field.
    const path =
      issue.code === 'unrecognized_keys' && issue.keys.length === 1
        ? [...issue.path, issue.keys[0] as string]
        : issue.path;
    return { field: fieldOf(path), message: messageOf(issue) };
  });
}

/** One line for logs and CLI output: "score: must be an integer; comment: …". */
export function describeIssues(issues: readonly FieldIssue[]): string {
  return issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
}

export type Validation<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** Parses input with a schema, returning the value or koe's field issues. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Validation<z.output<S>> {
  const result = schema.safeParse(input, { reportInput: true });
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: issuesOf(result.error) };
}
