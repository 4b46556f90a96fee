// The OpenAPI 3.1 document: the operations every route module declared
// (collected by OpenAPIHono as the sub-apps are mounted), plus what belongs
// to the API as a whole: info, the security scheme and the tags.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../context';
import { ProblemSchema } from './problems';

const TAGS = [
  {
    name: 'ingestion',
    description: 'What the widget calls: public, keyed by the publishable key (pk_…).',
  },
  { name: 'surveys', description: 'Create and change surveys (secret key).' },
  {
    name: 'analytics',
    description: 'Scores with their n and 95% intervals, series, segments, comparisons.',
  },
  { name: 'responses', description: 'The answers themselves: pages, exports, erasure.' },
  { name: 'webhooks', description: 'Signed event deliveries to your endpoints, with retries.' },
  {
    name: 'site',
    description: 'The site a secret key belongs to: its name, allowed origins, installs seen.',
  },
  { name: 'keys', description: "The site's secret keys: list, make, revoke." },
  { name: 'meta', description: 'This document.' },
];

const DESCRIPTION = `On-the-spot NPS, CSAT and CES feedback.

- **Public** operations (the widget's) are keyed by a publishable key (\`pk_…\`) in the body or path, and refuse page origins the site does not allow.
- **Analyst** operations take a secret key (\`Authorization: Bearer sk_…\`: a read key reads, changes need a write key) or a member's session cookie (the dashboard's: the member's role in the organization decides, viewer < editor < admin < owner). Another site's or organization's resources answer 404, exactly like missing ones.
- **Accounts**: sign in with \`POST /v1/session\`; \`GET /v1/me\` lists the member's organizations, roles and sites. Members, invitations and the audit log are per organization.
- **Errors** are RFC 9457 problem+json with a stable \`code\`; each operation lists the codes it can send and when.
- **Numbers**: every score carries its n and a 95% interval; definitions and measured coverage are in docs/statistics.md (served at \`/docs/statistics.md\`).`;

/** Builds the document once; call after every route module is mounted. */
export function openApiDocument(app: OpenAPIHono<AppEnv>): object {
  app.openAPIRegistry.register('Problem', ProblemSchema);
  app.openAPIRegistry.registerComponent('securitySchemes', 'secretKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'a secret key of the site, sk_…; the scope "write" is needed for changes',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'koe_session',
    description:
      "a member's session (POST /v1/session; `__Host-koe_session` on https). The requirement lists the least role in the site's organization (viewer < editor < admin < owner). Changes also need X-CSRF-Token (GET /v1/me's csrfToken) and an Origin of this server; site operations name the site in the Koe-Site header.",
  });
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'koe API',
      version: '1',
      description: DESCRIPTION,
      license: { name: 'MIT', url: 'https://opensource.org/license/mit' },
    },
    servers: [{ url: '/', description: 'this server' }],
    tags: TAGS,
  });
}
