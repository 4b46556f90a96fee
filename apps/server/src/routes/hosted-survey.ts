// GET /s/{surveyId}: the hosted survey page (links/hosted-page.ts). With a
// personal link's token (?t=) the page answers as that person (the token says
// who, by which channel, until when); with ?score=N from a score link in an
// email, the page opens at the follow-up with that score chosen, and its
// script stores the score at once as a partial answer through the same
// ingestion as the widget. The GET itself writes nothing: mail scanners that
// fetch every link in a message (without running scripts) answer nothing. A
// refused token gets a friendly page and a 4xx.
import { randomBytes } from 'node:crypto';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { SCALES, toWidgetSurvey } from '@koe/core';
import { z } from 'zod';
import { problems } from '../api/problems';
import { PUBLIC, routeAdder } from '../api/route';
import type { AppEnv, Services } from '../context';
import { hostedPage, hostedPagePolicy, linkProblemPage } from '../links/hosted-page';
import { checkLinkToken } from '../links/link-access';
import { clientRateLimit } from '../middleware/client-rate-limit';

const HTML = 'text/html; charset=utf-8';
const page = { 'text/html': { schema: z.string().describe('the page') } };

const refusals = problems(
  ['invalid-query', 'score is not a whole number from 0 to 10, or a parameter is unknown'],
  ['rate-limited', 'too many requests from this client'],
);

const getHostedSurvey = createRoute({
  method: 'get',
  path: '/s/{surveyId}',
  operationId: 'showHostedSurvey',
  tags: ['links'],
  summary: 'The survey as a page of its own',
  description:
    'For shared links, QR codes, emails and app WebViews: the survey full page, mobile first, in its languages, with the site’s name and the survey’s accent. `t`: a personal link’s token (POST /v1/surveys/{id}/links). `score`: a score link from the email snippet: the page opens at the follow-up with it chosen and its script stores it at once as a partial answer (with a token, the same answer on every click until it is finished); the GET itself stores nothing, so mail scanners answer nothing. Answers record their channel: email for score links and emailed tokens, link otherwise.',
  ...PUBLIC,
  request: {
    params: z.object({
      surveyId: z
        .string()
        .regex(/^[\w-]{1,64}$/)
        .describe('the survey id'),
    }),
    query: z
      .object({
        t: z.string().max(4200).optional().describe("a personal link's token"),
        score: z.coerce
          .number()
          .int()
          .min(0)
          .max(10)
          .optional()
          .describe('the score chosen in an email'),
        c: z
          .enum(['link', 'email'])
          .optional()
          .describe('the channel of an anonymous link (default link)'),
      })
      .strict(),
  },
  responses: {
    200: { description: 'the survey page (or: already answered, thank you)', content: page },
    404: { description: 'no survey with this id is open (a page saying so)', content: page },
    410: { description: 'the personal link has expired (a page saying so)', content: page },
    ...refusals,
    400: {
      description:
        'the personal link is altered or for another survey (a page saying so); or a malformed query (problem+json)',
      content: { ...page, ...refusals[400]?.content },
    },
  },
});

export function hostedSurveyRoutes(services: Services) {
  const { store } = services;
  const app = new OpenAPIHono<AppEnv>();
  const add = routeAdder(app, services);

  add(
    getHostedSurvey,
    async function showHostedSurvey(c) {
      const { surveyId } = c.req.valid('param');
      const query = c.req.valid('query');
      const headers = (nonce: string) => ({
        'content-type': HTML,
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
        'content-security-policy': hostedPagePolicy(nonce),
      });
      const problem = (status: 400 | 404 | 410, title: string, text: string) =>
        c.body(linkProblemPage(title, text), status, headers('none'));

      const survey = await store.findSurvey(surveyId);
      const site = survey && (await store.getSite(survey.siteId));
      if (!survey || !site || survey.definition.status !== 'active')
        return problem(
          404,
          'This survey is not open',
          'It may have ended. Thank you for your time.',
        );

      let link: Awaited<ReturnType<typeof checkLinkToken>> | undefined;
      if (query.t !== undefined) {
        link = await checkLinkToken(services, site, survey.id, query.t);
        if (!link.ok)
          return link.reason === 'expired'
            ? problem(
                410,
                'This link has expired',
                'Links to this survey last a limited time. Thank you all the same.',
              )
            : problem(
                400,
                'This link does not work',
                'It may have been cut or changed on the way. Try opening it again from the message you received.',
              );
      }
      const { min, max } = SCALES[survey.type];
      const score =
        query.score !== undefined && query.score >= min && query.score <= max
          ? query.score
          : undefined;
      const claims = link?.ok ? link.claims : undefined;
      const responseId = link?.ok ? link.responseId : undefined;
      const channel =
        claims?.channel ?? (query.score !== undefined ? 'email' : (query.c ?? 'link'));
      let notice: string | undefined;

      // A finished answer is not changed by a later click: the page says so instead.
      if (responseId && (await store.getResponse(site.id, responseId))?.finished)
        notice = 'You have already answered. Thank you!';

      const nonce = randomBytes(16).toString('base64');
      return c.body(
        hostedPage({
          siteName: site.name,
          siteKey: site.publishableKey,
          survey: toWidgetSurvey(survey.id, survey.definition),
          nonce,
          ask: {
            ...(responseId && { id: responseId }),
            ...(score !== undefined && { score }),
            channel,
            ...(query.t !== undefined && claims && { linkToken: query.t }),
            ...(claims?.locale && { locale: claims.locale }),
          },
          notice,
        }),
        200,
        headers(nonce),
      );
    },
    { before: [clientRateLimit(services)] },
  );

  return app;
}
