// The two public operations behind an email's unsubscribe link, declared
// once for every kind of email koe sends with one (digests, campaigns): GET
// shows a page with one button, so a link checker unsubscribes nobody; POST
// (the button, or a mail client's RFC 8058 one-click) unsubscribes. Both
// answer the same page whatever the token, so tokens cannot be probed.
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { problems } from '../api/problems';
import { PUBLIC, type routeAdder } from '../api/route';
import {
  UNSUBSCRIBE_PAGE_HEADERS,
  unsubscribedPage,
  unsubscribeQuestionPage,
} from '../unsubscribe-pages';

export interface UnsubscribeLink {
  /** The collection the link hangs off: `/digests` → `/digests/unsubscribe`. */
  base: string;
  tag: string;
  operationIds: { show: string; unsubscribe: string };
  /** The token parameter's description. */
  token: string;
  summaries: { show: string; unsubscribe: string };
  /** The one-click operation's description: what unsubscribing stops. */
  description: string;
  /** The page's question. */
  question: string;
  unsubscribe(token: string): Promise<void>;
}

/** Adds both operations; add them before `${base}/{id}`, which would take "unsubscribe" for an id. */
export function addUnsubscribeRoutes(add: ReturnType<typeof routeAdder>, link: UnsubscribeLink) {
  const path = `${link.base}/unsubscribe`;
  const query = z
    .object({
      token: z
        .string()
        .regex(/^[\w-]{1,100}$/)
        .describe(link.token),
    })
    .strict();
  const page = { 'text/html': { schema: z.string().describe('a short page') } };
  const refusal = problems(['invalid-query', 'the token is missing or malformed']);

  add(
    createRoute({
      method: 'get',
      path,
      operationId: link.operationIds.show,
      tags: [link.tag],
      summary: link.summaries.show,
      description:
        'A page with one button that unsubscribes (a link checker following the link unsubscribes nobody).',
      ...PUBLIC,
      request: { query },
      responses: { 200: { description: 'the page', content: page }, ...refusal },
    }),
    async function showUnsubscribe(c) {
      const action = `/v1${path}?token=${encodeURIComponent(c.req.valid('query').token)}`;
      return c.html(unsubscribeQuestionPage(link.question, action), 200, UNSUBSCRIBE_PAGE_HEADERS);
    },
  );

  add(
    createRoute({
      method: 'post',
      path,
      operationId: link.operationIds.unsubscribe,
      tags: [link.tag],
      summary: link.summaries.unsubscribe,
      description: link.description,
      ...PUBLIC,
      request: { query },
      responses: {
        200: { description: 'unsubscribed (a page saying so)', content: page },
        ...refusal,
      },
    }),
    async function unsubscribe(c) {
      await link.unsubscribe(c.req.valid('query').token);
      return c.html(unsubscribedPage(), 200, UNSUBSCRIBE_PAGE_HEADERS);
    },
  );
}
