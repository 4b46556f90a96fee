// Scheduled digests: /v1/digests (read: any key or member; changes: a write
// key or an editor), and the unsubscribe link every digest carries (public:
// GET shows a page with one button, so a mail scanner following links
// unsubscribes nobody; POST unsubscribes, as RFC 8058's one-click does).
import { randomBytes } from 'node:crypto';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { DigestInputSchema, DigestPatchSchema, DigestSchema } from '@koe/core';
import { z } from 'zod';
import { audit } from '../accounts/audit';
import { problems } from '../api/problems';
import { bodyOf, json, keyProblems, MANAGE_ALERTS, READ, routeAdder } from '../api/route';
import type { AppEnv, Services } from '../context';
import { nextSendAt } from '../digests/scheduler';
import { ApiError } from '../errors';
import { newId } from '../keys';
import type { DigestSubscription } from '../store/digest-types';
import { addUnsubscribeRoutes } from './unsubscribe-routes';

const MAX_DIGEST_BYTES = 4 * 1024;
/** Digests per site. */
export const MAX_DIGESTS = 500;
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function digestJson(d: DigestSubscription) {
  return {
    id: d.id,
    surveyId: d.surveyId,
    email: d.email,
    interval: d.interval,
    timeZone: d.timeZone,
    hour: d.hour,
    status: d.status,
    lastPeriodEnd: iso(d.lastPeriodEnd),
    nextSendAt: d.status === 'active' ? iso(d.nextSendAt) : null,
    createdAt: new Date(d.createdAt).toISOString(),
  };
}

const params = z.object({
  id: z
    .string()
    .regex(/^[\w-]{1,64}$/)
    .describe('digest id (dg_…)'),
});
const notFound = ['digest-not-found', "the key's site has no digest with this id"] as const;
const bodyProblems = [
  'invalid-json',
  ['body-too-large', `the body is over ${MAX_DIGEST_BYTES / 1024} KiB`],
  ['unsupported-media-type', 'the body is not application/json'],
] as const;
const invalid = [
  'invalid-body',
  'a field is missing or malformed, or surveyId names no survey of the site',
] as const;
const content = json(DigestSchema);

const listDigests = createRoute({
  method: 'get',
  path: '/digests',
  operationId: 'listDigests',
  tags: ['alerts'],
  summary: "The site's scheduled digests",
  description: 'Every digest of the site: who gets it, how often, when the next is due.',
  ...READ,
  responses: {
    200: {
      description: 'the digests, oldest first',
      content: json(z.object({ data: z.array(DigestSchema) })),
    },
    ...problems(...keyProblems('read')),
  },
});

const createDigest = createRoute({
  method: 'post',
  path: '/digests',
  operationId: 'createDigest',
  tags: ['alerts'],
  summary: 'Email a survey digest every week or month',
  description:
    "Sent at the hour asked for in the recipient's zone, right after each week (Monday) or month (the 1st) ends there: the score with its interval and n against the period before (a change is called one only when significant), the top reasons by impact, three recent comments and an 8-week or 6-month trend. Each carries a one-click unsubscribe link (List-Unsubscribe, RFC 8058). Needs SMTP and KOE_PUBLIC_URL.",
  ...MANAGE_ALERTS,
  request: bodyOf(DigestInputSchema),
  responses: {
    201: {
      description: 'created; Location names it',
      headers: { location: { description: '/v1/digests/{id}', schema: { type: 'string' } } },
      content,
    },
    ...problems(
      invalid,
      [
        'email-not-configured',
        'this koe sends no email (KOE_SMTP_URL or KOE_PUBLIC_URL is not set)',
      ],
      ['too-many-digests', `the site has ${MAX_DIGESTS} digests already`],
      ...bodyProblems,
      ...keyProblems('write'),
    ),
  },
});

const getDigest = createRoute({
  method: 'get',
  path: '/digests/{id}',
  operationId: 'getDigest',
  tags: ['alerts'],
  summary: 'One digest',
  description: 'The digest, with the latest period sent and when the next is due.',
  ...READ,
  request: { params },
  responses: {
    200: { description: 'the digest', content },
    ...problems(notFound, ...keyProblems('read')),
  },
});

const patchDigest = createRoute({
  method: 'patch',
  path: '/digests/{id}',
  operationId: 'updateDigest',
  tags: ['alerts'],
  summary: 'Change when a digest is sent',
  description:
    'Only the fields sent change; the next due time follows. The address cannot change (make a new digest), and an unsubscribed digest stays unsubscribed.',
  ...MANAGE_ALERTS,
  request: { params, ...bodyOf(DigestPatchSchema) },
  responses: {
    200: { description: 'the changed digest', content },
    ...problems(
      ['invalid-body', 'a field is malformed or unknown'],
      ...bodyProblems,
      notFound,
      ...keyProblems('write'),
    ),
  },
});

const deleteDigest = createRoute({
  method: 'delete',
  path: '/digests/{id}',
  operationId: 'deleteDigest',
  tags: ['alerts'],
  summary: 'Stop a digest',
  description: 'Removes the digest; a mail already queued is still sent.',
  ...MANAGE_ALERTS,
  request: { params },
  responses: {
    204: { description: 'removed' },
    ...problems(notFound, ...keyProblems('write')),
  },
});

export function digestRoutes(services: Services) {
  const { store, clock, config } = services;
  const app = new OpenAPIHono<AppEnv>();
  const add = routeAdder(app, services);
  const bodyLimit = { maxBodyBytes: MAX_DIGEST_BYTES };

  async function find(siteId: string, id: string): Promise<DigestSubscription> {
    const digest = await store.digests.get(siteId, id);
    if (!digest) throw new ApiError('digest-not-found', 'this site has no digest with this id');
    return digest;
  }

  add(listDigests, async function listDigests(c) {
    return c.json({ data: (await store.digests.list(c.get('auth').siteId)).map(digestJson) }, 200);
  });

  // Before /digests/{id}, which would otherwise take "unsubscribe" for an id.
  addUnsubscribeRoutes(add, {
    base: '/digests',
    tag: 'alerts',
    operationIds: { show: 'showDigestUnsubscribe', unsubscribe: 'unsubscribeDigest' },
    token: "the digest's unsubscribe token, from its link",
    summaries: {
      show: 'The unsubscribe page of a digest',
      unsubscribe: 'Unsubscribe from a digest (one click)',
    },
    description:
      'What mail clients POST for List-Unsubscribe-Post (RFC 8058), and the page’s button. Answers the same page for a token that is not known (or already used), so tokens cannot be probed; nothing more is sent to that digest.',
    question: 'Unsubscribe from this digest?',
    async unsubscribe(token) {
      const digest = await store.digests.unsubscribe(token, clock.now());
      if (digest) services.log.info({ digest: digest.id }, 'digest unsubscribed');
    },
  });

  add(
    createDigest,
    async function createDigest(c) {
      const auth = c.get('auth');
      const input = c.req.valid('json');
      if (!services.mailer || !config.publicUrl)
        throw new ApiError(
          'email-not-configured',
          'digests need KOE_SMTP_URL (to send) and KOE_PUBLIC_URL (for their links)',
        );
      if (!(await store.getSurvey(auth.siteId, input.surveyId)))
        throw new ApiError('invalid-body', 'the digest is not valid', {
          issues: [{ field: 'surveyId', message: 'no such survey on this site' }],
        });
      if ((await store.digests.list(auth.siteId)).length >= MAX_DIGESTS)
        throw new ApiError('too-many-digests', `a site has at most ${MAX_DIGESTS} digests`);
      const now = clock.now();
      const digest: DigestSubscription = {
        id: newId('dg'),
        siteId: auth.siteId,
        ...input,
        status: 'active',
        unsubscribeToken: randomBytes(24).toString('base64url'),
        lastPeriodEnd: null,
        nextSendAt: nextSendAt(now, input),
        createdBy: auth.actor.kind === 'user' ? auth.actor.userId : null,
        createdAt: now,
        updatedAt: now,
      };
      await store.digests.create(digest);
      await audit(services, c, {
        action: 'digest.created',
        target: digest.id,
        details: { surveyId: digest.surveyId, email: digest.email, interval: digest.interval },
      });
      return c.json(digestJson(digest), 201, { location: `/v1/digests/${digest.id}` });
    },
    bodyLimit,
  );

  add(getDigest, async function getDigest(c) {
    return c.json(digestJson(await find(c.get('auth').siteId, c.req.valid('param').id)), 200);
  });

  add(
    patchDigest,
    async function patchDigest(c) {
      const existing = await find(c.get('auth').siteId, c.req.valid('param').id);
      const patch = c.req.valid('json');
      const now = clock.now();
      const changed = { ...existing, ...patch, updatedAt: now };
      const updated: DigestSubscription = { ...changed, nextSendAt: nextSendAt(now, changed) };
      await store.digests.update(updated);
      await audit(services, c, {
        action: 'digest.changed',
        target: existing.id,
        details: { fields: Object.keys(patch) },
      });
      return c.json(digestJson(updated), 200);
    },
    bodyLimit,
  );

  add(deleteDigest, async function deleteDigest(c) {
    const id = c.req.valid('param').id;
    if (!(await store.digests.remove(c.get('auth').siteId, id)))
      throw new ApiError('digest-not-found', 'this site has no digest with this id');
    await audit(services, c, { action: 'digest.deleted', target: id });
    return c.body(null, 204);
  });

  return app;
}
