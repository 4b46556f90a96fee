// Checks real HTTP answers against the served OpenAPI document with an
// independent JSON Schema 2020-12 validator (Ajv, not the zod schemas the
// document was generated from): the status must be documented for the
// operation, the media type listed, every documented header present and the
// body valid against the documented schema. It also records which
// (operation, status) pairs were seen, so a test can demand that every
// documented answer was actually produced.
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

type Json = Record<string, unknown>;

interface Operation {
  operationId: string;
  method: string;
  template: string;
  pattern: RegExp;
  responses: Record<string, Json>;
}

export interface Answer {
  status: number;
  headers: Headers;
  /** The raw body text (decoded). */
  text: string;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pointer = (...parts: string[]) =>
  parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

export class OpenApiContract {
  private readonly ajv: Ajv2020;
  private readonly operations: Operation[] = [];
  /** "operationId status" pairs answered so far. */
  readonly seen = new Set<string>();

  constructor(readonly document: Json) {
    // OpenAPI 3.1 schemas are JSON Schema 2020-12 plus a few annotation
    // keywords (discriminator, example, xml, externalDocs) Ajv must accept.
    this.ajv = new Ajv2020({ allErrors: true, strict: false, validateSchema: false });
    addFormats.default(this.ajv);
    this.ajv.addSchema(document, 'openapi');
    const paths = document.paths as Record<string, Record<string, Json>>;
    for (const [template, methods] of Object.entries(paths)) {
      const pattern = new RegExp(
        `^${template
          .split(/\{[^}]+\}/)
          .map(escapeRegex)
          .join('[^/]+')}$`,
      );
      for (const [method, operation] of Object.entries(methods)) {
        this.operations.push({
          operationId: operation.operationId as string,
          method: method.toUpperCase(),
          template,
          pattern,
          responses: operation.responses as Record<string, Json>,
        });
      }
    }
  }

  /** Every documented "operationId status" pair. */
  documented(): string[] {
    return this.operations.flatMap((op) =>
      Object.keys(op.responses).map((status) => `${op.operationId} ${status}`),
    );
  }

  operationFor(method: string, path: string): Operation | undefined {
    // A literal path (/v1/surveys) wins over a template that also matches it.
    const candidates = this.operations.filter(
      (op) => op.method === method.toUpperCase() && op.pattern.test(path),
    );
    return candidates.find((op) => !op.template.includes('{')) ?? candidates[0];
  }

  /** The ways an answer breaks the document; [] when it keeps it. */
  violations(method: string, path: string, answer: Answer): string[] {
    const op = this.operationFor(method, path);
    if (!op) return [`${method} ${path} is not in the document`];
    const status = String(answer.status);
    const response = op.responses[status] ?? op.responses.default;
    if (!response) return [`${op.operationId} does not document status ${status}`];
    this.seen.add(`${op.operationId} ${status}`);
    const problems: string[] = [];

    for (const name of Object.keys((response.headers as Json | undefined) ?? {})) {
      if (!answer.headers.has(name))
        problems.push(`${op.operationId} ${status}: no ${name} header`);
    }

    const content = response.content as Record<string, Json> | undefined;
    if (!content) {
      if (answer.text !== '')
        problems.push(`${op.operationId} ${status}: documented without a body, got one`);
      return problems;
    }
    const mediaType = (answer.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
    if (!(mediaType in content)) {
      problems.push(
        `${op.operationId} ${status}: content-type ${mediaType} is not one of ${Object.keys(content).join(', ')}`,
      );
      return problems;
    }
    const schemaRef = `openapi#/${pointer('paths', op.template, op.method.toLowerCase(), 'responses', response === op.responses[status] ? status : 'default', 'content', mediaType, 'schema')}`;
    const validate = this.ajv.getSchema(schemaRef);
    if (!validate) return [...problems, `no schema at ${schemaRef}`];
    let body: unknown = answer.text;
    if (/json$/.test(mediaType) && mediaType !== 'application/x-ndjson') {
      try {
        body = JSON.parse(answer.text);
      } catch {
        return [...problems, `${op.operationId} ${status}: body is not JSON`];
      }
    }
    if (!validate(body)) problems.push(...describe(op.operationId, status, validate.errors));
    return problems;
  }

  /** Validates a value against a named component schema (e.g. one NDJSON line). */
  componentViolations(name: string, value: unknown): string[] {
    const validate = this.ajv.getSchema(`openapi#/components/schemas/${name}`);
    if (!validate) return [`no component ${name}`];
    return validate(value) ? [] : describe(name, 'component', validate.errors);
  }
}

function describe(
  where: string,
  status: string,
  errors: ErrorObject[] | null | undefined,
): string[] {
  return (errors ?? []).map(
    (e) =>
      `${where} ${status}: ${e.instancePath || '(body)'} ${e.message} ${JSON.stringify(e.params)}`,
  );
}
