// An OpenAPI 3.1 document as one HTML page, rendered once per process: the
// operations grouped by tag (summary, description, security, parameters,
// request body, responses), each with its own anchor, then the security
// schemes, the component schemas (shown once, linked from where they are
// used) and the problem types. Semantic HTML and one inline stylesheet, no
// script: it paints from the first response and reads the same without
// JavaScript, with a screen reader or in a text browser.
import { escapeHtml, markdown, prose, slug } from './markup';
import {
  fieldHtml,
  notesHtml,
  renderSchema,
  resolvePointer,
  type Schema,
  type SchemaContext,
} from './schema-html';

type Json = { [key: string]: unknown };

export interface ReferenceOptions {
  /** The page's only stylesheet, inlined (the CSP allows it by hash). */
  css: string;
  /** Links under the title: the document itself, other pages. */
  links?: Array<{ href: string; text: string }>;
  /** RFC 9457 problem types the API answers with, listed in their own section. */
  problemTypes?: Array<{ type: string; status: number; title: string }>;
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'options', 'head', 'trace'] as const;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown) => (typeof value === 'string' ? value : '');

interface Operation {
  id: string;
  method: string;
  path: string;
  operation: Json;
  pathItem: Json;
}

export function componentAnchor(name: string): string {
  return `schema-${name.replace(/[^\w-]/g, '-')}`;
}

export function renderReference(document: Json, options: ReferenceOptions): string {
  const context: SchemaContext = { document, componentAnchor };
  /** Follows a $ref (to a parameter, a request body, a response) to what it names. */
  const deref = (value: unknown): Json => {
    let node = value;
    for (let hops = 0; isObject(node) && typeof node.$ref === 'string' && hops < 10; hops++)
      node = resolvePointer(document, node.$ref);
    return isObject(node) ? node : {};
  };
  const schema = (value: unknown) => renderSchema(value as Schema | undefined, context);

  const info = isObject(document.info) ? document.info : {};
  const title = text(info.title) || 'API';
  const operations = collectOperations(document);
  const tagged = groupByTag(document, operations);
  const schemes = isObject(document.components) ? document.components.securitySchemes : undefined;
  const components = isObject(document.components) ? document.components.schemas : undefined;

  function securityHtml(op: Operation): string {
    const requirements = op.operation.security ?? document.security;
    if (!Array.isArray(requirements) || requirements.length === 0)
      return '<p class="auth">Authentication: none.</p>';
    const alternatives = requirements.map((requirement) =>
      isObject(requirement) && Object.keys(requirement).length
        ? Object.keys(requirement)
            .map((name) => {
              const link =
                isObject(schemes) && name in schemes
                  ? `<a href="#auth-${slug(name)}">${escapeHtml(name)}</a>`
                  : escapeHtml(name);
              // Scopes or roles the requirement names: "secretKey (write)", "session (editor)".
              const needs = requirement[name];
              return Array.isArray(needs) && needs.length
                ? `${link} (${needs.map((need) => escapeHtml(String(need))).join(', ')})`
                : link;
            })
            .join(' and ')
        : 'none',
    );
    return `<p class="auth">Authentication: ${alternatives.join(' or ')}.</p>`;
  }

  function parametersHtml(op: Operation): string {
    const byKey = new Map<string, Json>();
    for (const list of [op.pathItem.parameters, op.operation.parameters])
      if (Array.isArray(list))
        for (const raw of list) {
          const parameter = deref(raw);
          byKey.set(`${text(parameter.in)}:${text(parameter.name)}`, parameter);
        }
    if (byKey.size === 0) return '';
    const items = [...byKey.values()].map((parameter) => {
      const content = isObject(parameter.content) ? Object.values(parameter.content)[0] : undefined;
      const rendered = schema(parameter.schema ?? (isObject(content) ? content.schema : undefined));
      const notes = [
        ...(parameter.deprecated === true ? ['<strong>deprecated</strong>'] : []),
        ...rendered.notes,
        ...(typeof parameter.description === 'string' ? [prose(parameter.description)] : []),
      ];
      const label = `<code class="name">${escapeHtml(text(parameter.name))}</code> <span class="in">${escapeHtml(text(parameter.in))}</span>`;
      return fieldHtml(label, { ...rendered, notes }, parameter.required === true);
    });
    return `<h4>Parameters</h4><ul class="fields">${items.join('')}</ul>`;
  }

  /**
   * Media types with their schemas; types sharing one schema are listed
   * together. A schema with nothing nested (a link to a component, a plain
   * type) reads on the same line.
   */
  function contentHtml(content: unknown): string {
    if (!isObject(content)) return '';
    const groups = new Map<string, { types: string[]; schema: unknown }>();
    for (const [type, media] of Object.entries(content)) {
      const body = isObject(media) ? media.schema : undefined;
      const key = JSON.stringify(body ?? null);
      const group = groups.get(key) ?? { types: [], schema: body };
      group.types.push(type);
      groups.set(key, group);
    }
    const rendered = [...groups.values()].map(({ types, schema: body }) => ({
      label: types.map((t) => `<code>${escapeHtml(t)}</code>`).join(', '),
      schema: body === undefined ? { type: '', notes: [], body: '' } : schema(body),
    }));
    // Plain ones (a link to a component, a bare type) on the line they belong to:
    // most responses are "application/problem+json Problem", a nested list each would double the page.
    if (rendered.every(({ schema: r }) => r.notes.length === 0 && r.body === ''))
      return rendered
        .map(
          ({ label, schema: r }) =>
            ` · ${label}${r.type ? ` <span class="type">${r.type}</span>` : ''}`,
        )
        .join('');
    return `<ul class="fields">${rendered.map(({ label, schema: r }) => fieldHtml(label, r)).join('')}</ul>`;
  }

  function requestBodyHtml(op: Operation): string {
    if (op.operation.requestBody === undefined) return '';
    const body = deref(op.operation.requestBody);
    const description = typeof body.description === 'string' ? markdown(body.description) : '';
    const content = contentHtml(body.content);
    const line = `<p>${body.required === true ? 'Required' : 'Optional'}${content.startsWith(' · ') ? content : ''}</p>`;
    return `<h4>Request body</h4>${description}${line}${content.startsWith(' · ') ? '' : content}`;
  }

  function responsesHtml(op: Operation): string {
    const responses = isObject(op.operation.responses) ? op.operation.responses : {};
    const items = Object.entries(responses).map(([status, raw]) => {
      const response = deref(raw);
      const kind = /^[1-5]/.test(status) ? ` s${status[0]}` : '';
      const description =
        typeof response.description === 'string' ? prose(response.description) : '';
      return `<li><b class="status${kind}">${escapeHtml(status)}</b> ${description}${contentHtml(
        response.content,
      )}</li>`;
    });
    return items.length ? `<h4>Responses</h4><ul class="responses">${items.join('')}</ul>` : '';
  }

  function operationHtml(op: Operation): string {
    const summary = text(op.operation.summary);
    const deprecated =
      op.operation.deprecated === true ? ' <span class="required">deprecated</span>' : '';
    return `<section class="operation" id="${op.id}" aria-labelledby="${op.id}-title">
<h3 id="${op.id}-title"><span class="method ${op.method}">${op.method.toUpperCase()}</span> <code class="path">${escapeHtml(op.path)}</code>${deprecated}</h3>
${summary ? `<p class="summary">${escapeHtml(summary)}</p>` : ''}${
  typeof op.operation.description === 'string' ? markdown(op.operation.description) : ''
}${securityHtml(op)}${parametersHtml(op)}${requestBodyHtml(op)}${responsesHtml(op)}
</section>`;
  }

  const contents = tagged
    .map(
      ({ tag, ops }) =>
        `<li><a href="#tag-${slug(tag.name)}">${escapeHtml(tag.name)}</a><ul>${ops
          .map(
            (op) =>
              `<li><a href="#${op.id}"><span class="method ${op.method}">${op.method.toUpperCase()}</span> ${escapeHtml(op.path)}</a></li>`,
          )
          .join('')}</ul></li>`,
    )
    .join('');
  const extraContents = [
    isObject(schemes) ? '<li><a href="#authentication">Authentication</a></li>' : '',
    isObject(components) ? '<li><a href="#schemas">Schemas</a></li>' : '',
    options.problemTypes?.length ? '<li><a href="#problems">Problem types</a></li>' : '',
  ].join('');

  const tagSections = tagged
    .map(
      ({
        tag,
        ops,
      }) => `<section id="tag-${slug(tag.name)}" aria-labelledby="tag-${slug(tag.name)}-title">
<h2 id="tag-${slug(tag.name)}-title">${escapeHtml(tag.name)}</h2>
${tag.description ? markdown(tag.description) : ''}${ops.map(operationHtml).join('\n')}
</section>`,
    )
    .join('\n');

  const authSection = isObject(schemes)
    ? `<section id="authentication" aria-labelledby="authentication-title"><h2 id="authentication-title">Authentication</h2><dl>${Object.entries(
        schemes,
      )
        .map(([name, raw]) => {
          const scheme = deref(raw);
          const kind = [scheme.type, scheme.scheme, scheme.in, scheme.name]
            .filter((part) => typeof part === 'string')
            .join(', ');
          return `<dt id="auth-${slug(name)}"><code>${escapeHtml(name)}</code> <span class="type">${escapeHtml(kind)}</span></dt><dd>${
            typeof scheme.description === 'string' ? markdown(scheme.description) : ''
          }</dd>`;
        })
        .join('')}</dl></section>`
    : '';

  const schemaSection = isObject(components)
    ? `<section id="schemas" aria-labelledby="schemas-title"><h2 id="schemas-title">Schemas</h2>${Object.entries(
        components,
      )
        .map(([name, body]) => {
          const rendered = schema(body);
          return `<section class="schema" id="${componentAnchor(name)}" aria-labelledby="${componentAnchor(name)}-title"><h3 id="${componentAnchor(name)}-title">${escapeHtml(name)} <span class="type">${rendered.type}</span></h3>${notesHtml(rendered.notes)}${rendered.body}</section>`;
        })
        .join('\n')}</section>`
    : '';

  const problemSection = options.problemTypes?.length
    ? `<section id="problems" aria-labelledby="problems-title"><h2 id="problems-title">Problem types</h2>
<p>Errors are RFC 9457 <code>application/problem+json</code>; a client can rely on <code>type</code>.</p>
<table><thead><tr><th scope="col">type</th><th scope="col">status</th><th scope="col">title</th></tr></thead><tbody>${options.problemTypes
        .map(
          (p) =>
            `<tr><td><code>${escapeHtml(p.type)}</code></td><td>${p.status}</td><td>${escapeHtml(p.title)}</td></tr>`,
        )
        .join('')}</tbody></table></section>`
    : '';

  const links = options.links?.length
    ? `<ul class="links">${options.links
        .map((link) => `<li><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></li>`)
        .join('')}</ul>`
    : '';
  const version = text(info.version);

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} reference</title>
<meta name="description" content="${escapeHtml(`Reference of every operation of the ${title}.`)}">
<style>${options.css}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the reference</a>
<header>
<h1>${escapeHtml(title)}${version ? ` <span class="version">version ${escapeHtml(version)}</span>` : ''}</h1>
${typeof info.description === 'string' ? markdown(info.description) : ''}${links}
</header>
<nav aria-labelledby="contents-title"><h2 id="contents-title">Contents</h2><ul>${contents}${extraContents}</ul></nav>
<main id="main">
${tagSections}
${authSection}
${schemaSection}
${problemSection}
</main>
</body>
</html>
`;
}

function collectOperations(document: Json): Operation[] {
  const paths = isObject(document.paths) ? document.paths : {};
  const used = new Set<string>();
  const operations: Operation[] = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    if (!isObject(rawItem)) continue;
    for (const method of METHODS) {
      const operation = rawItem[method];
      if (!isObject(operation)) continue;
      const base = slug(text(operation.operationId) || `${method} ${path}`) || 'operation';
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      operations.push({ id, method, path, operation, pathItem: rawItem });
    }
  }
  return operations;
}

/** Tags in the document's order, then in order of first use (untagged operations under "other"). */
function groupByTag(document: Json, operations: Operation[]) {
  const declared = Array.isArray(document.tags) ? document.tags.filter(isObject) : [];
  const groups = new Map<
    string,
    { tag: { name: string; description?: string }; ops: Operation[] }
  >();
  for (const tag of declared) {
    const name = text(tag.name);
    if (name)
      groups.set(name, {
        tag: { name, ...(typeof tag.description === 'string' && { description: tag.description }) },
        ops: [],
      });
  }
  for (const op of operations) {
    // Under its first tag only: each operation has one anchor.
    const tags = Array.isArray(op.operation.tags) ? op.operation.tags.map(text) : [];
    const name = tags.find(Boolean) ?? 'other';
    if (!groups.has(name)) groups.set(name, { tag: { name }, ops: [] });
    groups.get(name)?.ops.push(op);
  }
  return [...groups.values()].filter((group) => group.ops.length > 0);
}
