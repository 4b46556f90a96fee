// The /docs renderer on koe's own OpenAPI document and on a small hand-made
// one that uses what koe's does not yet: $refs to parameters, request bodies
// and responses, allOf, discriminated oneOf, nullable anyOf, recursion,
// exclusive bounds, Markdown. The page must name every operation with an
// anchor, link only to anchors it has, and carry no script or remote URL.
import { describe, expect, it } from 'vitest';
import { standaloneOpenApiDocument } from '../src/api/standalone-document';
import { renderReference } from '../src/api-reference/render-page';

const render = (document: Record<string, unknown>) =>
  renderReference(document, {
    css: 'body{}',
    links: [{ href: '/v1/openapi.json', text: 'OpenAPI document' }],
  });

const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
const anchors = (html: string) => [...html.matchAll(/href="#([^"]*)"/g)].map((m) => m[1]);
/** The page's text with tags removed and entities decoded, spaces collapsed. */
const text = (html: string) =>
  html
    .replace(
      /<\/?(?:li|ul|ol|div|p|h\d|section|tr|td|th|dt|dd|table|thead|tbody|nav|header|main)\b[^>]*>/g,
      ' ',
    )
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** The HTML of the operation with this anchor. */
function operation(html: string, id: string): string {
  const start = html.indexOf(`<section class="operation" id="${id}"`);
  expect(start, `no operation #${id}`).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf('</section>', start));
}

function wellFormedPage(html: string) {
  const all = ids(html);
  expect(all.length).toBe(new Set(all).size);
  const missing = anchors(html).filter((anchor) => !all.includes(anchor as string));
  expect(missing).toEqual([]);
  expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|@import|url\(/i);
  expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
}

const koeDocument = await standaloneOpenApiDocument();

describe('the reference page of koe’s OpenAPI document', () => {
  const document = koeDocument as {
    paths: Record<string, Record<string, { summary?: string }>>;
    components: { schemas: Record<string, unknown> };
  };
  const html = render(document);

  it('has one anchored section per operation, listed in the contents', () => {
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.length).toBeGreaterThan(20);
    const sections = [
      ...html.matchAll(/<section class="operation" id="([^"]+)"[^>]*>\s*<h3[^>]*>(.*?)<\/h3>/g),
    ].map(([, id, heading]) => ({ id, heading: text(heading as string).trim() }));
    expect(sections.map((s) => s.heading).sort()).toEqual(operations.sort());
    for (const { id } of sections) expect(html).toContain(`<a href="#${id}">`);
  });

  it('shows every component schema once and links to it from where it is used', () => {
    for (const name of Object.keys(document.components.schemas))
      expect(ids(html)).toContain(`schema-${name}`);
    expect(operation(html, 'create-survey')).toContain('<a href="#schema-SurveyInput">');
    expect(operation(html, 'post-response')).toContain('<a href="#schema-ResponseInput">');
  });

  it('is well formed: unique ids, no dangling anchors, no script or remote resource', () => {
    wellFormedPage(html);
  });

  it.each([
    // security
    ['list-surveys', 'Authentication: secretKey or session (viewer).'],
    ['update-survey', 'Authentication: secretKey (write) or session (editor).'],
    ['post-response', 'Authentication: none.'],
    // parameters with their constraints and descriptions
    ['get-metrics', 'interval query "day" | "week" | "month"'],
    ['get-metrics', 'tz query string default "UTC"'],
    ['get-metrics', 'compare query "previous"'],
    ['get-metrics', 'id path string required survey id (srv_…)'],
    // request bodies and responses, with problem codes
    ['post-response', 'Required · text/plain, application/json ResponseInput'],
    ['post-response', '202 stored application/json object'],
    ['post-response', 'status "accepted"'],
    [
      'post-response',
      '413 body-too-large: the body is over 16 KiB application/problem+json all of',
    ],
    // allOf of a oneOf and an object; nullable type arrays; anyOf with null
    ['get-metrics', 'all of'],
    ['get-metrics', '200 the metric · application/json Metrics'],
  ])('%s reads "%s"', (id, expected) => {
    expect(text(operation(html, id))).toContain(expected);
  });

  it.each([
    'name string required 1–120 characters',
    'trigger one of',
    'on = "pageview" object',
    'delaySeconds integer ≥ 0 · ≤ 3600 · default 0',
    // oneOf of objects with a discriminating const; nullable type arrays; closed pairs
    'metric = "nps" object',
    'score number or null',
    'ci95 [number, number] or null',
    'urn:koe:problem:<code>',
  ])('the schemas read "%s"', (expected) => {
    expect(text(html)).toContain(expected);
  });

  it('leaves out zod’s safe-integer bounds, which say nothing', () => {
    expect(html).not.toContain('9007199254740991');
  });
});

describe('the reference page of a hand-made OpenAPI 3.1 document', () => {
  const document = {
    openapi: '3.1.0',
    info: {
      title: 'Pets',
      version: '2.0',
      description:
        'Pets **and** owners. See [the guide](https://example.com/guide) or `GET /pets`.\n\nNever [this](javascript:alert(1)) nor <script>alert(1)</script>.',
    },
    tags: [{ name: 'pets', description: 'Animals, one per row.' }, { name: 'unused' }],
    security: [{ apiKey: [] }],
    paths: {
      '/pets/{petId}': {
        parameters: [{ $ref: '#/components/parameters/PetId' }],
        get: {
          tags: ['pets'],
          operationId: 'getPet',
          summary: 'One pet',
          responses: {
            '200': { $ref: '#/components/responses/PetFound' },
            '404': { description: 'no such pet' },
          },
        },
        put: {
          tags: ['pets', 'owners'],
          summary: 'Replace a pet',
          security: [],
          requestBody: { $ref: '#/components/requestBodies/PetBody' },
          responses: { '204': { description: 'replaced' } },
        },
      },
      '/owners': {
        get: {
          summary: 'Owners',
          deprecated: true,
          security: [{ apiKey: [], oauth: ['read'] }, { bearer: [] }],
          parameters: [
            {
              name: 'limit',
              in: 'query',
              schema: { type: 'integer', exclusiveMinimum: 0, maximum: 100, multipleOf: 5 },
              description: 'page size',
            },
          ],
          responses: {
            '200': {
              description: 'a page',
              content: {
                'application/json': {
                  schema: { type: 'array', items: { $ref: '#/components/schemas/Owner' } },
                },
              },
            },
          },
        },
      },
    },
    components: {
      securitySchemes: {
        apiKey: { type: 'apiKey', in: 'header', name: 'X-Key', description: 'from the console' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
      parameters: {
        PetId: {
          name: 'petId',
          in: 'path',
          required: true,
          schema: { type: 'string', format: 'uuid' },
        },
      },
      requestBodies: {
        PetBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } },
        },
      },
      responses: {
        PetFound: {
          description: 'the pet',
          content: {
            'application/json': {
              schema: {
                allOf: [
                  { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
                  {
                    type: 'object',
                    properties: { since: { type: ['string', 'null'], format: 'date' } },
                  },
                ],
              },
            },
          },
        },
      },
      schemas: {
        Pet: {
          type: 'object',
          required: ['kind'],
          properties: {
            kind: { const: 'pet' },
            animal: {
              oneOf: [
                {
                  type: 'object',
                  properties: {
                    species: { const: 'cat' },
                    lives: { type: 'integer', minimum: 1, maximum: 9 },
                  },
                },
                {
                  type: 'object',
                  properties: {
                    species: { const: 'dog' },
                    breed: { type: 'string', minLength: 1 },
                  },
                },
              ],
            },
            owner: { anyOf: [{ $ref: '#/components/schemas/Owner' }, { type: 'null' }] },
            tags: {
              type: 'array',
              items: { enum: ['small', 'loud', null] },
              uniqueItems: true,
              maxItems: 1,
            },
            weight: {
              $ref: '#/components/schemas/Pet/properties/tags',
              description: 'same as tags',
            },
          },
          additionalProperties: false,
        },
        Owner: {
          type: 'object',
          description: 'a person',
          properties: {
            name: { type: 'string', examples: ['Ann'] },
            pets: { type: 'array', items: { $ref: '#/components/schemas/Pet' } },
            self: { $ref: '#/$defs/loop' },
          },
        },
      },
    },
    $defs: { loop: { type: 'object', properties: { next: { $ref: '#/$defs/loop' } } } },
  };
  const html = render(document);
  const page = text(html);

  it('is well formed', () => {
    wellFormedPage(html);
  });

  it('groups operations under their first tag, untagged ones under "other"', () => {
    expect(html.indexOf('id="tag-pets"')).toBeLessThan(html.indexOf('id="tag-other"'));
    expect(html).not.toContain('id="tag-unused"');
    expect(html).not.toContain('id="tag-owners"');
    expect(page).toContain('Animals, one per row.');
  });

  it('anchors by operationId when there is one', () => {
    expect(operation(html, 'get-pet')).toContain('One pet');
    expect(operation(html, 'put-pets-pet-id')).toContain('Replace a pet');
  });

  it('follows $refs to parameters (path-level too), request bodies and responses', () => {
    expect(text(operation(html, 'get-pet'))).toContain('petId path string required format uuid');
    expect(text(operation(html, 'get-pet'))).toContain('200 the pet application/json object');
    expect(text(operation(html, 'put-pets-pet-id'))).toContain(
      'Request body Required · application/json Pet',
    );
    expect(operation(html, 'put-pets-pet-id')).toContain('<a href="#schema-Pet">Pet</a>');
  });

  it('merges an allOf of plain objects into one list of properties', () => {
    const section = text(operation(html, 'get-pet'));
    expect(section).toContain('id string required');
    expect(section).toContain('since string or null format date');
    expect(section).not.toContain('all of');
  });

  it('names oneOf variants by their const property, anyOf with null as "or null"', () => {
    expect(page).toContain('animal one of');
    expect(page).toContain('species = "cat" object');
    expect(page).toContain('lives integer ≥ 1 · ≤ 9');
    expect(page).toContain('species = "dog" object');
    expect(page).toContain('breed string at least 1 character');
    expect(page).toContain('owner Owner or null');
    expect(page).toContain('kind "pet" required');
  });

  it('shows enums with null, item constraints, bounds and examples', () => {
    expect(page).toContain('tags array of "small" | "loud" | null at most 1 item · unique items');
    expect(page).toContain('limit query integer > 0 · ≤ 100 · multiple of 5 · page size');
    expect(page).toContain('name string example "Ann"');
    expect(page).toContain('no other properties');
  });

  it('follows a $ref inside a schema and stops at recursion', () => {
    expect(page).toContain('weight array of "small" | "loud" | null');
    expect(page).toContain('same as tags');
    expect(page).toContain('next #/$defs/loop (recursive)');
    expect(html).toContain('<a href="#schema-Pet">Pet</a>');
  });

  it('shows security: none, alternatives and combined schemes', () => {
    expect(text(operation(html, 'put-pets-pet-id'))).toContain('Authentication: none.');
    expect(text(operation(html, 'get-pet'))).toContain('Authentication: apiKey.');
    expect(text(operation(html, 'get-owners'))).toContain(
      'Authentication: apiKey and oauth (read) or bearer.',
    );
    expect(page).toContain('apiKey apiKey, header, X-Key from the console');
    expect(text(operation(html, 'get-owners'))).toContain('deprecated');
  });

  it('renders Markdown, escapes HTML and drops unsafe links', () => {
    expect(html).toContain('<strong>and</strong>');
    expect(html).toContain('<a href="https://example.com/guide">the guide</a>');
    expect(html).toContain('<code>GET /pets</code>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('href="javascript:');
  });
});
