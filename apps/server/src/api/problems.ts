// The problem+json answers an operation can give, for its OpenAPI
// declaration: one response per status, whose schema narrows `code` to the
// codes that operation can actually send at that status and whose
// description says when each one happens. Clients may switch on `code`.
import { z } from 'zod';
import { PROBLEMS, type ProblemCode } from '../errors';

const CODES = Object.keys(PROBLEMS) as [ProblemCode, ...ProblemCode[]];

export const ProblemSchema = z
  .object({
    type: z.string().describe('urn:koe:problem:<code>'),
    code: z.enum(CODES).describe('stable machine-readable code; never changes meaning'),
    title: z.string().describe('a fixed sentence per code'),
    status: z.number().int().min(400).max(599),
    detail: z.string().optional().describe('what was wrong with this request'),
    issues: z
      .array(z.object({ field: z.string(), message: z.string() }))
      .optional()
      .describe('one entry per invalid field: "score", "followUp.promoter.reasons.0.id", …'),
    requestId: z.string().optional().describe('the x-request-id of this request, for logs'),
  })
  .meta({ description: 'RFC 9457 problem details' });

/** The problems of reading any JSON body (read-json.ts), before it is validated. */
export const BODY_PROBLEMS: ProblemCase[] = [
  'invalid-json',
  ['body-too-large', 'the body is over 64 KiB'],
  ['unsupported-media-type', 'the body is not application/json'],
];

/** A code, or a code with the situations that give it on this operation. */
export type ProblemCase = ProblemCode | readonly [ProblemCode, string];

/** Problem, with `code` and `status` narrowed to what one response can carry. */
interface NarrowedProblem {
  allOf: [
    { $ref: '#/components/schemas/Problem' },
    { type: 'object'; properties: { code: { enum: ProblemCode[] }; status: { const: number } } },
  ];
}

type ProblemResponse = {
  description: string;
  headers?: Record<string, { description: string; schema: { type: 'string' } }>;
  content: { 'application/problem+json': { schema: NarrowedProblem } };
};

const HEADERS: Partial<Record<ProblemCode, Record<string, string>>> = {
  unauthorized: { 'www-authenticate': 'Bearer realm="koe"' },
  'not-signed-in': { 'www-authenticate': 'Cookie realm="koe" (sign in), or Bearer realm="koe"' },
  'sign-in-failed': { 'www-authenticate': 'Cookie realm="koe"' },
  'two-factor-required': { 'www-authenticate': 'Cookie realm="koe"' },
  'rate-limited': { 'retry-after': 'seconds until the window resets' },
  'server-busy': { 'retry-after': 'seconds to wait before retrying' },
  'shutting-down': { 'retry-after': 'seconds to wait before retrying' },
  'storage-unavailable': { 'retry-after': 'seconds to wait before retrying' },
};

/**
 * Responses for the problems an operation can give, grouped by status:
 * `...problems('unauthorized', ['invalid-query', 'tz is not an IANA zone'])`.
 */
export function problems(...cases: ProblemCase[]): Record<number, ProblemResponse> {
  const byStatus = new Map<number, Array<[ProblemCode, string]>>();
  for (const item of cases) {
    const [code, when] = typeof item === 'string' ? [item, PROBLEMS[item].title] : item;
    const status = PROBLEMS[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), [code, when]]);
  }
  const responses: Record<number, ProblemResponse> = {};
  for (const [status, list] of byStatus) {
    const codes = list.map(([code]) => code);
    const headers = Object.assign({}, ...codes.map((code) => HEADERS[code] ?? {}));
    responses[status] = {
      description: list.map(([code, when]) => `\`${code}\`: ${when}`).join('\n\n'),
      ...(Object.keys(headers).length > 0 && {
        headers: Object.fromEntries(
          Object.entries(headers).map(([name, description]) => [
            name,
            { description: description as string, schema: { type: 'string' as const } },
          ]),
        ),
      }),
      content: {
        'application/problem+json': {
          schema: {
            allOf: [
              { $ref: '#/components/schemas/Problem' },
              { type: 'object', properties: { code: { enum: codes }, status: { const: status } } },
            ],
          },
        },
      },
    };
  }
  return responses;
}
