// A JSON Schema (OpenAPI 3.1's dialect, draft 2020-12) as readable HTML: a
// one-line type ("integer", "string or null", "array of Survey", "\"nps\" |
// \"csat\"") with its constraints and description, and nested lists for
// object properties, array items and oneOf/anyOf/allOf variants. A $ref to
// a component schema becomes a link to where that schema is shown once;
// other $refs are followed inline. Works on any schema, not only koe's.
import { escapeHtml, prose } from './markup';

export type Schema = boolean | { [key: string]: unknown };
type SchemaObject = { [key: string]: unknown };

export interface SchemaContext {
  /** The whole OpenAPI document, for $ref pointers. */
  document: SchemaObject;
  /** The anchor of a component schema by name ("schema-Survey"). */
  componentAnchor(name: string): string;
}

/** How a schema reads: `type` goes on the line; `notes` and `body` follow it. */
export interface RenderedSchema {
  type: string;
  notes: string[];
  body: string;
}

const COMPONENT_REF = /^#\/components\/schemas\/([^/]+)$/;
const MAX_DEPTH = 12;
/** zod marks every integer with the safe-integer bounds; they say nothing to a reader. */
const NOISE_BOUND = Number.MAX_SAFE_INTEGER;

const isObject = (value: unknown): value is SchemaObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** RFC 6901 pointer within the document ("#/components/parameters/x"). */
export function resolvePointer(document: SchemaObject, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  return ref
    .slice(1)
    .split('/')
    .slice(1)
    .map((token) => decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>(
      (node, token) =>
        isObject(node) || Array.isArray(node) ? (node as SchemaObject)[token] : undefined,
      document,
    );
}

const code = (value: unknown) => `<code>${escapeHtml(JSON.stringify(value))}</code>`;
/** Enum values as one code span: a value per element would triple the page's size in nodes. */
const values = (list: unknown[]) =>
  `<code>${escapeHtml(list.map((value) => JSON.stringify(value)).join(' | '))}</code>`;

function constraintNotes(s: SchemaObject): string[] {
  const notes: string[] = [];
  const bound = (key: string, label: string) => {
    const value = s[key];
    if (typeof value === 'number' && Math.abs(value) < NOISE_BOUND) notes.push(`${label} ${value}`);
  };
  bound('minimum', '≥');
  bound('exclusiveMinimum', '>');
  bound('maximum', '≤');
  bound('exclusiveMaximum', '<');
  if (typeof s.multipleOf === 'number') notes.push(`multiple of ${s.multipleOf}`);
  const range = (min: unknown, max: unknown, unit: string) => {
    const units = (n: number) => `${n} ${n === 1 ? unit : `${unit}s`}`;
    if (typeof min === 'number' && typeof max === 'number')
      notes.push(min === max ? `exactly ${units(min)}` : `${min}–${units(max)}`);
    else if (typeof min === 'number') notes.push(`at least ${units(min)}`);
    else if (typeof max === 'number') notes.push(`at most ${units(max)}`);
  };
  range(s.minLength, s.maxLength, 'character');
  range(s.minItems, s.maxItems, 'item');
  range(s.minProperties, s.maxProperties, 'property');
  if (s.uniqueItems === true) notes.push('unique items');
  if (typeof s.format === 'string') notes.push(`format ${escapeHtml(s.format)}`);
  if (typeof s.pattern === 'string')
    notes.push(`pattern <code class="pattern">${escapeHtml(s.pattern)}</code>`);
  if ('default' in s) notes.push(`default ${code(s.default)}`);
  if (Array.isArray(s.examples) && s.examples.length)
    notes.push(`example ${s.examples.map(code).join(', ')}`);
  else if ('example' in s) notes.push(`example ${code(s.example)}`);
  if (s.readOnly === true) notes.push('read-only');
  if (s.writeOnly === true) notes.push('write-only');
  if (s.deprecated === true) notes.push('<strong>deprecated</strong>');
  return notes;
}

function typeNames(s: SchemaObject): string[] {
  if (typeof s.type === 'string') return [s.type];
  if (Array.isArray(s.type)) return s.type.filter((t): t is string => typeof t === 'string');
  if (isObject(s.properties) || 'additionalProperties' in s) return ['object'];
  if ('items' in s || 'prefixItems' in s) return ['array'];
  return [];
}

/** "a or b or null": alternatives as one phrase, null last. */
function orNull(types: string[], nullable: boolean): string {
  return [...types, ...(nullable ? ['null'] : [])].join(' or ') || 'any';
}

class SchemaRenderer {
  readonly #seen = new Set<string>();

  constructor(readonly context: SchemaContext) {}

  render(schema: Schema | undefined, depth = 0): RenderedSchema {
    if (schema === undefined || schema === true) return { type: 'any', notes: [], body: '' };
    if (schema === false) return { type: 'nothing (not allowed)', notes: [], body: '' };
    if (depth > MAX_DEPTH) return { type: '…', notes: [], body: '' };
    const described = this.#shape(schema, depth);
    const notes = [...described.notes, ...constraintNotes(schema)];
    if (typeof schema.title === 'string' && !schema.$ref)
      notes.unshift(`<em>${escapeHtml(schema.title)}</em>`);
    if (typeof schema.description === 'string') notes.push(prose(schema.description));
    return { ...described, notes };
  }

  /** The type line and nested parts; constraints and description are added by render(). */
  #shape(s: SchemaObject, depth: number): RenderedSchema {
    if (typeof s.$ref === 'string') return this.#ref(s.$ref, depth);
    if ('const' in s) return { type: code(s.const), notes: [], body: '' };
    if (Array.isArray(s.enum)) return { type: values(s.enum), notes: [], body: '' };
    for (const key of ['oneOf', 'anyOf'] as const)
      if (Array.isArray(s[key])) return this.#alternatives(s, s[key] as Schema[], key, depth);
    if (Array.isArray(s.allOf)) return this.#allOf(s.allOf as Schema[], depth);

    const types = typeNames(s);
    const nullable = types.includes('null');
    const nonNull = types.filter((t) => t !== 'null');
    if (nonNull.length === 1 && nonNull[0] === 'array') return this.#array(s, nullable, depth);
    if (nonNull.length === 1 && nonNull[0] === 'object') {
      const body = this.#properties(s, depth);
      return { type: orNull(['object'], nullable), notes: body.notes, body: body.html };
    }
    return { type: orNull(nonNull, nullable), notes: [], body: '' };
  }

  #ref(ref: string, depth: number): RenderedSchema {
    const component = COMPONENT_REF.exec(ref)?.[1];
    if (component) {
      const name = escapeHtml(decodeURIComponent(component));
      const href = `#${this.context.componentAnchor(decodeURIComponent(component))}`;
      return { type: `<a href="${href}">${name}</a>`, notes: [], body: '' };
    }
    if (this.#seen.has(ref)) return { type: `${escapeHtml(ref)} (recursive)`, notes: [], body: '' };
    this.#seen.add(ref);
    try {
      const target = resolvePointer(this.context.document, ref);
      if (target === undefined)
        return { type: `unresolved ${escapeHtml(ref)}`, notes: [], body: '' };
      return this.render(target as Schema, depth + 1);
    } finally {
      this.#seen.delete(ref);
    }
  }

  #array(s: SchemaObject, nullable: boolean, depth: number): RenderedSchema {
    const notes: string[] = [];
    if (Array.isArray(s.prefixItems)) {
      const parts = (s.prefixItems as Schema[]).map((item) => this.render(item, depth + 1));
      // Closed when no further item is allowed: items: false, or maxItems = the listed items.
      const closed = s.items === false || s.maxItems === s.prefixItems.length;
      const rest = closed ? '' : ', …';
      return {
        type: orNull([`[${parts.map((p) => p.type).join(', ')}${rest}]`], nullable),
        notes,
        body: this.#list(parts.map((p, i) => ({ label: `item ${i + 1}`, rendered: p }))),
      };
    }
    const item = this.render(s.items as Schema | undefined, depth + 1);
    const plain = item.notes.length === 0 && item.body === '';
    return {
      type: orNull([`array of ${item.type}`], nullable),
      notes,
      body: plain ? '' : this.#list([{ label: 'each item', rendered: item }]),
    };
  }

  #properties(s: SchemaObject, depth: number): { html: string; notes: string[] } {
    const required = new Set(Array.isArray(s.required) ? (s.required as string[]) : []);
    const properties = isObject(s.properties) ? s.properties : {};
    const items = Object.entries(properties).map(([name, property]) => ({
      label: `<code class="name">${escapeHtml(name)}</code>`,
      rendered: this.render(property as Schema, depth + 1),
      required: required.has(name),
    }));
    const notes: string[] = [];
    const extra = s.additionalProperties;
    if (extra === false) notes.push('no other properties');
    else if (extra !== undefined && extra !== true) {
      const rendered = this.render(extra as Schema, depth + 1);
      if (isObject(s.propertyNames)) {
        const keys = this.render(s.propertyNames, depth + 1);
        rendered.notes.push(`keys: ${[keys.type, ...keys.notes].join(', ')}`);
      }
      items.push({ label: '<em>any key</em>', rendered, required: false });
    }
    return { html: this.#list(items), notes };
  }

  #alternatives(
    s: SchemaObject,
    variants: Schema[],
    key: 'oneOf' | 'anyOf',
    depth: number,
  ): RenderedSchema {
    const isNull = (v: Schema) => isObject(v) && v.type === 'null' && Object.keys(v).length === 1;
    const others = variants.filter((v) => !isNull(v));
    const nullable = others.length < variants.length;
    if (others.length === 1) {
      const only = this.render(others[0], depth + 1);
      return {
        type: nullable ? `${only.type} or null` : only.type,
        notes: only.notes,
        body: only.body,
      };
    }
    const rendered = others.map((v) => this.render(v, depth + 1));
    if (rendered.every((r) => r.body === '' && r.notes.length === 0)) {
      return {
        type: orNull(
          rendered.map((r) => r.type),
          nullable,
        ),
        notes: [],
        body: '',
      };
    }
    const tag = discriminator(s, others);
    const word = key === 'oneOf' ? 'one of' : 'any of';
    return {
      type: orNull([word], nullable),
      notes: [],
      body: this.#list(
        rendered.map((r, i) => ({
          label: tag ? `${escapeHtml(tag)} = ${code(constOf(others[i], tag))}` : `variant ${i + 1}`,
          rendered: r,
        })),
        'variants',
      ),
    };
  }

  #allOf(parts: Schema[], depth: number): RenderedSchema {
    // Plain object parts read best as one list of properties.
    const plain = parts.every(
      (p) =>
        isObject(p) &&
        !p.$ref &&
        !p.oneOf &&
        !p.anyOf &&
        !p.allOf &&
        typeNames(p).join() === 'object',
    );
    if (plain) {
      const merged: SchemaObject = { type: 'object', properties: {}, required: [] };
      for (const part of parts as SchemaObject[]) {
        Object.assign(merged.properties as SchemaObject, part.properties);
        (merged.required as unknown[]).push(...((part.required as unknown[]) ?? []));
        if ('additionalProperties' in part) merged.additionalProperties = part.additionalProperties;
      }
      return this.#shape(merged, depth);
    }
    if (parts.length === 1) return this.#shape(parts[0] as SchemaObject, depth);
    const rendered = parts.map((p) => this.render(p, depth + 1));
    return {
      type: 'all of',
      notes: [],
      body: this.#list(
        rendered.map((r, i) => ({ label: `part ${i + 1}`, rendered: r })),
        'variants',
      ),
    };
  }

  #list(
    items: Array<{ label: string; rendered: RenderedSchema; required?: boolean }>,
    className = 'fields',
  ): string {
    if (items.length === 0) return '';
    return `<ul class="${className}">${items
      .map(({ label, rendered, required }) => fieldHtml(label, rendered, required))
      .join('')}</ul>`;
  }
}

/**
 * One list item: label, type and whether it is required on a line; notes
 * (constraints, description) below as one run of text; nested parts last.
 * Few elements per field: the whole koe reference stays near 2,000 nodes,
 * which a phone lays out within Lighthouse's budget.
 */
export function fieldHtml(label: string, rendered: RenderedSchema, required = false): string {
  return `<li>${label} <span class="type">${rendered.type}</span>${
    required ? ' <b class="required">required</b>' : ''
  }${notesHtml(rendered.notes)}${rendered.body}</li>`;
}

/** Notes as one line of text joined by " · ", then any block (several paragraphs, a list). */
export function notesHtml(notes: string[]): string {
  if (notes.length === 0) return '';
  const isBlock = (note: string) => /^<(?:p|ul)>/.test(note);
  const inline = notes.filter((note) => !isBlock(note)).join(' · ');
  return `<div class="notes">${inline}${notes.filter(isBlock).join('')}</div>`;
}

/** The property every variant pins with a const ("on" in koe's triggers), if there is one. */
function discriminator(s: SchemaObject, variants: Schema[]): string | undefined {
  const declared = isObject(s.discriminator) ? s.discriminator.propertyName : undefined;
  if (typeof declared === 'string') return declared;
  const first = variants[0];
  if (!isObject(first) || !isObject(first.properties)) return undefined;
  return Object.keys(first.properties).find((name) =>
    variants.every((v) => constOf(v, name) !== undefined),
  );
}

function constOf(variant: Schema | undefined, property: string): unknown {
  if (!isObject(variant) || !isObject(variant.properties)) return undefined;
  const schema = variant.properties[property];
  if (!isObject(schema)) return undefined;
  if ('const' in schema) return schema.const;
  return Array.isArray(schema.enum) && schema.enum.length === 1 ? schema.enum[0] : undefined;
}

export function renderSchema(schema: Schema | undefined, context: SchemaContext): RenderedSchema {
  return new SchemaRenderer(context).render(schema);
}
