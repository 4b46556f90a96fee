// Values that break naive handlers, for the property-based fuzz tests: any
// JSON, odd Unicode (lone surrogates, NUL, binary), markup and SQL, huge
// strings and numbers, empty containers, a prototype-polluting object.
import fc from 'fast-check';

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
