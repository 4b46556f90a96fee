// Values that break naive handlers, for the property-based fuzz tests, and
// what every answer to them must look like: any
// JSON, odd Unicode (lone surrogates, NUL, binary), markup and SQL, huge
// strings and numbers, empty containers, a prototype-polluting object.
import fc from 'fast-check';
import { expect } from 'vitest';

export const oddValue = fc.oneof(
  fc.jsonValue(),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom(
    '\u0000',
    '\ud800',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    "'; DROP TABLE responses; --",
    'x'.repeat(5000),
    'x'.repeat(20_000),
    -0,
    -1,
    1e308,
    Number.MAX_SAFE_INTEGER + 2,
    null,
    [],
    {},
    { __proto__: { polluted: true } },
  ),
  fc.integer({ min: -20, max: 20 }),
);

/** Whatever the input: never a 5xx, and every refusal is problem+json naming its status and code. */
export async function expectClientOutcome(response: Response): Promise<void> {
  expect(response.status).toBeLessThan(500);
  if (response.status < 400) {
    await response.arrayBuffer();
    return;
  }
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const problem = await response.json();
  expect(problem.status).toBe(response.status);
  expect(typeof problem.code).toBe('string');
}
