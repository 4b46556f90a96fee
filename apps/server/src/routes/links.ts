// Surveys beyond the page: personal links (POST /v1/surveys/{id}/links), the
// first question inside an email (GET /v1/surveys/{id}/email-snippet), a QR
// code of the survey's link (GET /v1/surveys/{id}/qr), and the rotation of
// the secret personal links are signed with (POST /v1/site/link-secret/rotate).
import { randomBytes } from 'node:crypto';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { AttributesSchema, LocaleSchema, toWidgetSurvey } from '@koe/core';
import QRCode from 'qrcode';
import { z } from 'zod';
import { audit } from '../accounts/audit';
import { keyAllows, roleAllows } from '../accounts/permissions';
import { problems } from '../api/problems';
import {
  ADMINISTER,
  bodyOf,
  EDIT_SURVEYS,
  json,
  keyProblems,
  READ,
  routeAdder,
} from '../api/route';
import type { AppEnv, Services } from '../context';
import { ApiError } from '../errors';
import { emailSnippet } from '../links/email-snippet';
import { MAX_TOKEN_BODY, newLinkSecret, responseIdOfToken, signLink } from '../links/link-tokens';
import type { StoredSurvey } from '../store/types';

const DAY_MS = 86_400_000;
/** Verifying with the old secret goes on this long after a rotation. */
const ROTATION_OVERLAP_MS = DAY_MS;
export const MAX_RECIPIENTS = 1000;
const MAX_LINKS_BYTES = 1024 * 1024;

const surveyParams = z.object({
  id: z
    .string()
    .regex(/^[\w-]{1,64}$/)
    .describe('survey id (srv_…)'),
});
const notFound = ['survey-not-found', "the key's site has no survey with this id"] as const;

const UserId = z
  .string()
  .min(1)
  .max(128)
  // biome-ignore lint/suspicious/noControlCharactersInRegex: an id is one line of text
  .regex(/^[^\u0000-\u001f\u007f]+$/, { error: 'must not contain control characters' })
  .refine((id) => id.isWellFormed(), { error: 'must not contain half a surrogate pair' });

const LinksInputSchema = z
  .object({
    recipients: z
      .array(
        z
          .object({
            userId: UserId.describe('who answers: the answer carries it, as a widget answer does'),
            email: z
              .email()
              .max(254)
              .optional()
              .describe('echoed back beside the link; never in it'),
            locale: LocaleSchema.optional().describe("the page's language, when the survey has it"),
            attributes: AttributesSchema.optional().describe(
              'carried into the answer (plan, order id…)',
            ),
          })
          .strict(),
      )
      .min(1)
      .max(MAX_RECIPIENTS),
    expiresInDays: z.number().int().min(1).max(400).default(30),
    channel: z
      .enum(['link', 'email'])
      .default('link')
      .describe('the channel the answers record: email when you send the links by email'),
  })
  .strict()
  .meta({ id: 'LinksInput' });

const LinkSchema = z
  .object({
    userId: z.string(),
    email: z.string().nullable(),
    url: z
      .string()
      .describe('/s/{id}?t=…: one answer per link; a second click changes the same answer'),
    responseId: z.string().describe('the id the answer will have'),
    expiresAt: z.string(),
  })
  .meta({ id: 'PersonalLink' });

const createLinks = createRoute({
  method: 'post',
  path: '/surveys/{id}/links',
  operationId: 'createSurveyLinks',
  tags: ['links'],
  summary: 'Personal links to the hosted survey',
  description:
    'One URL per recipient, carrying a token signed with the site’s link secret: the token, not the query string, supplies the userId and attributes; every click of one link is the same answer (its id comes from the token). An expired or altered link gets a page saying so and a 4xx, and stores nothing. Links use KOE_PUBLIC_URL when set.',
  ...EDIT_SURVEYS,
  request: { params: surveyParams, ...bodyOf(LinksInputSchema) },
  responses: {
    200: {
      description: 'the links, in the order of the recipients',
      content: json(z.object({ data: z.array(LinkSchema) })),
    },
    ...problems(
      ['invalid-body', 'a recipient is malformed, or there are more than 1,000'],
      'invalid-json',
      ['body-too-large', 'the body is over 1 MiB'],
      ['unsupported-media-type', 'the body is not application/json'],
      notFound,
      ...keyProblems('write'),
    ),
  },
});

const getEmailSnippet = createRoute({
  method: 'get',
  path: '/surveys/{id}/email-snippet',
  operationId: 'getSurveyEmailSnippet',
  tags: ['links'],
  summary: 'The first question, to paste into an email',
  description:
    'HTML (tables and inline styles, for Gmail, Outlook and Apple Mail) and plain text with the scale as links to the hosted page (/s/{id}?score=N). With userId, the links carry that recipient’s personal token (as POST …/links makes), so a click stores the score at once as their partial answer and opens the follow-up; making one needs what POST …/links needs (a write key or an editor). Without userId, the links are anonymous and the score is stored when the page is answered.',
  ...READ,
  request: {
    params: surveyParams,
    query: z
      .object({
        locale: LocaleSchema.optional().describe('the language (default the survey’s)'),
        userId: UserId.optional().describe('make the links personal to this recipient'),
        expiresInDays: z.coerce.number().int().min(1).max(400).default(30),
      })
      .strict(),
  },
  responses: {
    200: {
      description: 'the snippet',
      content: json(
        z
          .object({
            html: z.string(),
            text: z.string(),
            links: z.array(z.object({ score: z.number().int(), url: z.string() })),
          })
          .meta({ id: 'EmailSnippet' }),
      ),
    },
    ...problems(
      ['invalid-query', 'a parameter is unknown or malformed'],
      notFound,
      ...keyProblems('read'),
      [
        'forbidden',
        'userId (a personal snippet) with a read key, a publishable key, or a viewer’s session',
      ],
    ),
  },
});

const getQr = createRoute({
  method: 'get',
  path: '/surveys/{id}/qr',
  operationId: 'getSurveyQrCode',
  tags: ['links'],
  summary: 'A QR code of the survey’s link',
  description:
    'For printed and in-store touchpoints: the hosted page’s anonymous link (channel link), as SVG or PNG.',
  ...READ,
  request: {
    params: surveyParams,
    query: z
      .object({
        format: z.enum(['svg', 'png']).default('svg'),
        size: z.coerce
          .number()
          .int()
          .min(64)
          .max(2048)
          .default(512)
          .describe('PNG width in pixels'),
      })
      .strict(),
  },
  responses: {
    200: {
      description: 'the code',
      content: {
        'image/svg+xml': { schema: z.string() },
        'image/png': { schema: z.string().meta({ format: 'binary' }) },
      },
    },
    ...problems(
      ['invalid-query', 'a parameter is unknown or malformed'],
      notFound,
      ...keyProblems('read'),
    ),
  },
});

const rotateLinkSecret = createRoute({
  method: 'post',
  path: '/site/link-secret/rotate',
  operationId: 'rotateLinkSecret',
  tags: ['links'],
  summary: 'Replace the secret personal links are signed with',
  description:
    'Links made from now on use the new secret; links made before keep working for a day, then answer as altered. Rotate when links were shared where they should not be.',
  ...ADMINISTER,
  responses: {
    200: {
      description: 'rotated',
      content: json(
        z
          .object({ rotatedAt: z.string(), previousLinksWorkUntil: z.string() })
          .meta({ id: 'LinkSecretRotation' }),
      ),
    },
    ...problems(...keyProblems('write')),
  },
});

export function linkRoutes(services: Services) {
  const { store, clock, config } = services;
  const app = new OpenAPIHono<AppEnv>();
  const add = routeAdder(app, services);

  async function findSurvey(siteId: string, id: string): Promise<StoredSurvey> {
    const survey = await store.getSurvey(siteId, id);
    if (!survey) throw new ApiError('survey-not-found', 'this site has no survey with this id');
    return survey;
  }
  /** Where links point: the public URL, or the origin this request came to. */
  const baseOf = (url: string) => config.publicUrl ?? new URL(url).origin;
  const hostedUrl = (base: string, surveyId: string) =>
    new URL(`/s/${encodeURIComponent(surveyId)}`, base).href;

  add(
    createLinks,
    async function createSurveyLinks(c) {
      const siteId = c.get('auth').siteId;
      const survey = await findSurvey(siteId, c.req.valid('param').id);
      const input = c.req.valid('json');
      const now = clock.now();
      const { secret } = await store.links.get(siteId, newLinkSecret(), now);
      const expiresAt = now + input.expiresInDays * DAY_MS;
      const base = baseOf(c.req.url);
      const tooLong: Array<{ field: string; message: string }> = [];
      const data = input.recipients.map((recipient, i) => {
        const token = signLink(
          {
            siteId,
            surveyId: survey.id,
            userId: recipient.userId,
            ...(recipient.locale && { locale: recipient.locale }),
            ...(recipient.attributes && { attributes: recipient.attributes }),
            channel: input.channel,
            expiresAt,
            nonce: randomBytes(6).toString('base64url'),
          },
          secret,
        );
        // A link that could never be verified is refused now, not discovered by its recipient.
        if (token.lastIndexOf('.') > MAX_TOKEN_BODY)
          tooLong.push({
            field: `recipients.${i}.attributes`,
            message: 'makes a link too long to work: fewer or shorter attributes',
          });
        const url = `${hostedUrl(base, survey.id)}?t=${token}`;
        return {
          userId: recipient.userId,
          email: recipient.email ?? null,
          url,
          responseId: responseIdOfToken(token),
          expiresAt: new Date(expiresAt).toISOString(),
        };
      });
      if (tooLong.length)
        throw new ApiError('invalid-body', 'some links would be too long', { issues: tooLong });
      await audit(services, c, {
        action: 'survey.links-created',
        target: survey.id,
        details: { count: data.length, expiresInDays: input.expiresInDays },
      });
      return c.json({ data }, 200);
    },
    { maxBodyBytes: MAX_LINKS_BYTES },
  );

  add(getEmailSnippet, async function getSurveyEmailSnippet(c) {
    const siteId = c.get('auth').siteId;
    const survey = await findSurvey(siteId, c.req.valid('param').id);
    const query = c.req.valid('query');
    const widgetSurvey = toWidgetSurvey(survey.id, survey.definition);
    const locale =
      query.locale && survey.definition.question[query.locale]
        ? query.locale
        : survey.definition.defaultLocale;
    let token: string | undefined;
    if (query.userId !== undefined) {
      // A personal snippet signs answers as its recipient: as much as making personal links.
      const { actor } = c.get('auth');
      const allowed =
        actor.kind === 'key'
          ? keyAllows(actor.scope, 'edit-surveys')
          : roleAllows(actor.role, 'edit-surveys');
      if (!allowed)
        throw new ApiError('forbidden', 'a personal snippet needs a write key or an editor');
      await audit(services, c, {
        action: 'survey.links-created',
        target: survey.id,
        details: { count: 1, emailSnippet: true },
      });
      const now = clock.now();
      const { secret } = await store.links.get(siteId, newLinkSecret(), now);
      token = signLink(
        {
          siteId,
          surveyId: survey.id,
          userId: query.userId,
          locale,
          channel: 'email',
          expiresAt: now + query.expiresInDays * DAY_MS,
          nonce: randomBytes(6).toString('base64url'),
        },
        secret,
      );
    }
    return c.json(
      emailSnippet(widgetSurvey, { baseUrl: baseOf(c.req.url), locale, ...(token && { token }) }),
      200,
    );
  });

  add(getQr, async function getSurveyQrCode(c) {
    const survey = await findSurvey(c.get('auth').siteId, c.req.valid('param').id);
    const { format, size } = c.req.valid('query');
    const url = hostedUrl(baseOf(c.req.url), survey.id);
    if (format === 'svg') {
      const svg = await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
      return c.body(svg, 200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-cache' });
    }
    const png = await QRCode.toBuffer(url, {
      type: 'png',
      width: size,
      margin: 2,
      errorCorrectionLevel: 'M',
    });
    return c.body(new Uint8Array(png), 200, {
      'content-type': 'image/png',
      'cache-control': 'no-cache',
    });
  });

  add(rotateLinkSecret, async function rotateLinkSecret(c) {
    const siteId = c.get('auth').siteId;
    const now = clock.now();
    await store.links.rotate(siteId, newLinkSecret(), now + ROTATION_OVERLAP_MS, now);
    await audit(services, c, { action: 'site.link-secret-rotated', target: siteId });
    return c.json(
      {
        rotatedAt: new Date(now).toISOString(),
        previousLinksWorkUntil: new Date(now + ROTATION_OVERLAP_MS).toISOString(),
      },
      200,
    );
  });

  return app;
}
