// Relationship surveys by email: /v1/campaigns (read: any key or member;
// changes and the recipients' addresses: a write key or an editor), their
// recipient lists, the unsubscribe link every campaign email carries
// (public: GET shows a page with one button; POST unsubscribes the address
// from every later email of the site, RFC 8058), and erasing a person by
// email address or userId.
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  CampaignInputSchema,
  type CampaignPatch,
  CampaignPatchSchema,
  CampaignSchema,
  EmailSchema,
  MAX_RECIPIENTS_PER_CAMPAIGN,
  MAX_RECIPIENTS_PER_UPLOAD,
  RECIPIENT_STATUSES,
  type RecipientInput,
  RecipientInputSchema,
  RecipientSchema,
  RecipientsUploadResultSchema,
  RecipientsUploadSchema,
  RespondentUserIdSchema,
  validate,
} from '@koe/core';
import { z } from 'zod';
import { audit } from '../accounts/audit';
import { problems } from '../api/problems';
import {
  ADMINISTER,
  bodyOf,
  json,
  keyProblems,
  MANAGE_CAMPAIGNS,
  READ,
  routeAdder,
} from '../api/route';
import { emailHash } from '../campaigns/email-hash';
import { parseRecipientsCsv } from '../campaigns/recipients-csv';
import { nextRoundAt } from '../campaigns/rounds';
import type { AppEnv, Services } from '../context';
import { ApiError } from '../errors';
import { newId, newIds, newSecrets } from '../keys';
import { MAX_TOKEN_BODY, signLink } from '../links/link-tokens';
import { erasePerson } from '../respondents/erase-person';
import type { Campaign, CampaignRecipient, RecipientWithStatus } from '../store/campaign-types';
import { addUnsubscribeRoutes } from './unsubscribe-routes';

const MAX_CAMPAIGN_BYTES = 16 * 1024;
/** A CSV of 10,000 rows with a few attributes, as JSON. */
const MAX_UPLOAD_BYTES = 4 * 1024 * 1024;
/** Campaigns per site. */
export const MAX_CAMPAIGNS = 200;
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

const params = z.object({
  id: z
    .string()
    .regex(/^[\w-]{1,64}$/)
    .describe('campaign id (cmp_…)'),
});
const recipientParams = params.extend({
  recipientId: z
    .string()
    .regex(/^[\w-]{1,64}$/)
    .describe('recipient id (rcp_…)'),
});
const notFound = ['campaign-not-found', "the key's site has no campaign with this id"] as const;
const bodyProblems = (maxBytes: number) =>
  [
    'invalid-json',
    ['body-too-large', `the body is over ${maxBytes / 1024} KiB`],
    ['unsupported-media-type', 'the body is not application/json'],
  ] as const;
const content = json(CampaignSchema);
const notConfigured = [
  'email-not-configured',
  'this koe sends no email (KOE_SMTP_URL or KOE_PUBLIC_URL is not set)',
] as const;

const listCampaigns = createRoute({
  method: 'get',
  path: '/campaigns',
  operationId: 'listCampaigns',
  tags: ['campaigns'],
  summary: "The site's survey emails",
  description:
    'Every campaign of the site (or of one survey), with its schedule and how many recipients are waiting, were sent, answered or unsubscribed.',
  ...READ,
  request: {
    query: z
      .object({
        surveyId: z
          .string()
          .regex(/^[\w-]{1,64}$/)
          .optional()
          .describe('only this survey’s campaigns'),
      })
      .strict(),
  },
  responses: {
    200: {
      description: 'the campaigns, oldest first',
      content: json(z.object({ data: z.array(CampaignSchema) })),
    },
    ...problems(['invalid-query', 'a parameter is unknown or malformed'], ...keyProblems('read')),
  },
});

const createCampaign = createRoute({
  method: 'post',
  path: '/campaigns',
  operationId: 'createCampaign',
  tags: ['campaigns'],
  summary: 'Email a survey to a list, once or every quarter or year',
  description:
    "A relationship survey by email: the survey's first question inside the email, its scale as each recipient's personal links (one answer per email, a click stores the score). Made as a draft: add recipients, then PATCH status active. Each round goes at `hour` in each recipient's zone, at most perMinute emails a minute, with one reminder to whoever has not answered. Every email carries a one-click unsubscribe link (RFC 8058), honoured by every later email of the site. Needs SMTP and KOE_PUBLIC_URL.",
  ...MANAGE_CAMPAIGNS,
  request: bodyOf(CampaignInputSchema),
  responses: {
    201: {
      description: 'created (a draft); Location names it',
      headers: { location: { description: '/v1/campaigns/{id}', schema: { type: 'string' } } },
      content,
    },
    ...problems(
      ['invalid-body', 'a field is missing or malformed, or surveyId names no survey of the site'],
      notConfigured,
      ['too-many-campaigns', `the site has ${MAX_CAMPAIGNS} campaigns already`],
      ...bodyProblems(MAX_CAMPAIGN_BYTES),
      ...keyProblems('write'),
    ),
  },
});

const getCampaign = createRoute({
  method: 'get',
  path: '/campaigns/{id}',
  operationId: 'getCampaign',
  tags: ['campaigns'],
  summary: 'One campaign',
  description: 'The campaign, its next round, and its recipients counted by status.',
  ...READ,
  request: { params },
  responses: {
    200: { description: 'the campaign', content },
    ...problems(notFound, ...keyProblems('read')),
  },
});

const patchCampaign = createRoute({
  method: 'patch',
  path: '/campaigns/{id}',
  operationId: 'updateCampaign',
  tags: ['campaigns'],
  summary: 'Start, pause or change a campaign',
  description:
    'Only the fields sent change. status active starts a draft (a first round without a startDate goes at once) or resumes a paused one; paused stops sending until resumed. A resumed campaign sends the round due now, not the ones it missed. Changes of hour, zone, reminder, throttle, subject and intro apply to the emails still to come; repeat and startDate are fixed once started (400).',
  ...MANAGE_CAMPAIGNS,
  request: { params, ...bodyOf(CampaignPatchSchema) },
  responses: {
    200: { description: 'the changed campaign', content },
    ...problems(
      [
        'invalid-body',
        'a field is malformed or unknown, or repeat or startDate of a started campaign',
      ],
      ...bodyProblems(MAX_CAMPAIGN_BYTES),
      notFound,
      ...keyProblems('write'),
    ),
  },
});

const deleteCampaign = createRoute({
  method: 'delete',
  path: '/campaigns/{id}',
  operationId: 'deleteCampaign',
  tags: ['campaigns'],
  summary: 'Delete a campaign and its recipient list',
  description:
    'Removes the campaign, its recipients’ addresses, and its emails not yet sent. The answers it brought stay (erase a person to remove theirs).',
  ...MANAGE_CAMPAIGNS,
  request: { params },
  responses: {
    204: { description: 'removed' },
    ...problems(notFound, ...keyProblems('write')),
  },
});

const uploadRecipients = createRoute({
  method: 'post',
  path: '/campaigns/{id}/recipients',
  operationId: 'addCampaignRecipients',
  tags: ['campaigns'],
  summary: 'Add recipients (JSON or CSV)',
  description: `Up to ${MAX_RECIPIENTS_PER_UPLOAD.toLocaleString('en')} recipients at a time, ${MAX_RECIPIENTS_PER_CAMPAIGN.toLocaleString('en')} on a list. An address already on the list (compared without case) has its details replaced. All or nothing: one malformed row refuses the upload, naming every such row (rows.N is the CSV's Nth record counting the header as 1, its line unless a quoted cell above spans lines; or recipients.N). Recipients added while a round is going get it at once; an address that unsubscribed gets nothing.`,
  ...MANAGE_CAMPAIGNS,
  request: { params, ...bodyOf(RecipientsUploadSchema) },
  responses: {
    200: { description: 'added', content: json(RecipientsUploadResultSchema) },
    ...problems(
      [
        'invalid-body',
        'a recipient or CSV row is malformed (each is named), or both or neither form was sent',
      ],
      ['too-many-recipients', `the list would hold more than ${MAX_RECIPIENTS_PER_CAMPAIGN}`],
      ...bodyProblems(MAX_UPLOAD_BYTES),
      notFound,
      ...keyProblems('write'),
    ),
  },
});

const listRecipients = createRoute({
  method: 'get',
  path: '/campaigns/{id}/recipients',
  operationId: 'listCampaignRecipients',
  tags: ['campaigns'],
  summary: 'The recipients and the state of their latest email',
  description:
    'A page of recipients in a stable order, each with the state of their latest email (waiting, queued, sent, failed, answered, unsubscribed) and of its reminder. Addresses are personal data: a write key or an editor.',
  ...MANAGE_CAMPAIGNS,
  request: {
    params,
    query: z
      .object({
        status: z.enum(RECIPIENT_STATUSES).optional().describe('only recipients in this state'),
        after: z
          .string()
          .regex(/^[\w-]{1,64}$/)
          .optional()
          .describe('the previous page’s next'),
        limit: z.coerce.number().int().min(1).max(500).default(100),
      })
      .strict(),
  },
  responses: {
    200: {
      description: 'a page of recipients',
      content: json(
        z
          .object({
            data: z.array(RecipientSchema),
            next: z.string().nullable().describe('pass as after for the next page; null: no more'),
          })
          .meta({ id: 'RecipientPage' }),
      ),
    },
    ...problems(
      ['invalid-query', 'a parameter is unknown or malformed'],
      notFound,
      ...keyProblems('write'),
    ),
  },
});

const deleteRecipient = createRoute({
  method: 'delete',
  path: '/campaigns/{id}/recipients/{recipientId}',
  operationId: 'deleteCampaignRecipient',
  tags: ['campaigns'],
  summary: 'Remove a recipient (and their address)',
  description:
    'The recipient’s address and emails go (one not yet sent is not sent); their answers stay. To erase a person everywhere, POST /v1/respondents/erase.',
  ...MANAGE_CAMPAIGNS,
  request: { params: recipientParams },
  responses: {
    204: { description: 'removed' },
    ...problems(
      ['recipient-not-found', 'the campaign has no recipient with this id'],
      notFound,
      ...keyProblems('write'),
    ),
  },
});

const erasePersonRoute = createRoute({
  method: 'post',
  path: '/respondents/erase',
  operationId: 'erasePerson',
  tags: ['responses'],
  summary: 'Erase a person by email address or userId',
  description:
    'Right to erasure: every answer of the site the person gave (by their userId, and by their campaign emails’ links), their places on every recipient list, and every mail of the site to their address are erased. An address that unsubscribed stays unsubscribed (only a hash of it is kept). The address travels in the body, not the URL, so access logs never hold it.',
  ...ADMINISTER,
  request: bodyOf(
    z
      .union([
        z.object({ email: EmailSchema }).strict(),
        z.object({ userId: RespondentUserIdSchema }).strict(),
      ])
      .meta({ id: 'PersonToErase' }),
  ),
  responses: {
    200: {
      description: 'erased',
      content: json(
        z
          .object({
            erased: z.number().int().describe('answers erased'),
            recipients: z.number().int().describe('places on recipient lists removed'),
          })
          .meta({ id: 'PersonErasure' }),
      ),
    },
    ...problems(
      ['invalid-body', 'neither one email nor one userId'],
      ...bodyProblems(4096),
      ...keyProblems('write'),
    ),
  },
});

export function campaignRoutes(services: Services) {
  const { store, clock, config } = services;
  const app = new OpenAPIHono<AppEnv>();
  const add = routeAdder(app, services);
  const campaignBody = { maxBodyBytes: MAX_CAMPAIGN_BYTES };

  async function find(siteId: string, id: string): Promise<Campaign> {
    const campaign = await store.campaigns.get(siteId, id);
    if (!campaign)
      throw new ApiError('campaign-not-found', 'this site has no campaign with this id');
    return campaign;
  }

  async function campaignJson(campaign: Campaign) {
    const { recipients, counts } = await store.campaigns.counts(campaign.id);
    const next = campaign.status === 'paused' ? null : nextRoundAt(campaign, clock.now());
    return {
      id: campaign.id,
      surveyId: campaign.surveyId,
      name: campaign.name,
      subject: campaign.subject,
      intro: campaign.intro,
      repeat: campaign.repeat,
      startDate: campaign.startDate,
      hour: campaign.hour,
      timeZone: campaign.timeZone,
      reminderAfterDays: campaign.reminderAfterDays,
      perMinute: campaign.perMinute,
      expiresInDays: campaign.expiresInDays,
      status: campaign.status,
      startedAt: iso(campaign.startedAt),
      nextRoundAt: iso(next),
      recipients,
      counts,
      createdAt: new Date(campaign.createdAt).toISOString(),
    };
  }

  const recipientJson = (r: RecipientWithStatus) => ({
    id: r.id,
    email: r.email,
    userId: r.userId,
    locale: r.locale,
    timeZone: r.timeZone,
    attributes: r.attributes,
    status: r.status,
    round: r.round,
    sentAt: iso(r.sentAt),
    answeredAt: iso(r.answeredAt),
    reminder: r.reminder,
    createdAt: new Date(r.createdAt).toISOString(),
  });

  add(listCampaigns, async function listCampaigns(c) {
    const { surveyId } = c.req.valid('query');
    const campaigns = (await store.campaigns.list(c.get('auth').siteId)).filter(
      (campaign) => surveyId === undefined || campaign.surveyId === surveyId,
    );
    return c.json({ data: await Promise.all(campaigns.map(campaignJson)) }, 200);
  });

  // Before /campaigns/{id}, which would otherwise take "unsubscribe" for an id.
  addUnsubscribeRoutes(add, {
    base: '/campaigns',
    tag: 'campaigns',
    operationIds: { show: 'showCampaignUnsubscribe', unsubscribe: 'unsubscribeCampaign' },
    token: "the recipient's unsubscribe token, from the email's link",
    summaries: {
      show: 'The unsubscribe page of a survey email',
      unsubscribe: 'Unsubscribe from survey emails (one click)',
    },
    description:
      'What mail clients POST for List-Unsubscribe-Post (RFC 8058), and the page’s button. The address gets no later email of any campaign of the site, and no reminder. Answers the same page for a token that is not known, so tokens cannot be probed.',
    question: 'Unsubscribe from these survey emails?',
    async unsubscribe(token) {
      const recipient = await store.campaigns.unsubscribe(token, clock.now());
      if (recipient) services.log.info({ recipient: recipient.id }, 'survey emails unsubscribed');
    },
  });

  add(
    createCampaign,
    async function createCampaign(c) {
      const auth = c.get('auth');
      const input = c.req.valid('json');
      if (!services.mailer || !config.publicUrl)
        throw new ApiError(
          'email-not-configured',
          'survey emails need KOE_SMTP_URL (to send) and KOE_PUBLIC_URL (for their links)',
        );
      if (!(await store.getSurvey(auth.siteId, input.surveyId)))
        throw new ApiError('invalid-body', 'the campaign is not valid', {
          issues: [{ field: 'surveyId', message: 'no such survey on this site' }],
        });
      if ((await store.campaigns.list(auth.siteId)).length >= MAX_CAMPAIGNS)
        throw new ApiError('too-many-campaigns', `a site has at most ${MAX_CAMPAIGNS} campaigns`);
      const now = clock.now();
      const campaign: Campaign = {
        id: newId('cmp'),
        siteId: auth.siteId,
        ...input,
        status: 'draft',
        startedAt: null,
        createdBy: auth.actor.kind === 'user' ? auth.actor.userId : null,
        createdAt: now,
        updatedAt: now,
      };
      await store.campaigns.create(campaign);
      await audit(services, c, {
        action: 'campaign.created',
        target: campaign.id,
        details: { surveyId: campaign.surveyId, repeat: campaign.repeat },
      });
      return c.json(await campaignJson(campaign), 201, {
        location: `/v1/campaigns/${campaign.id}`,
      });
    },
    campaignBody,
  );

  add(getCampaign, async function getCampaign(c) {
    return c.json(
      await campaignJson(await find(c.get('auth').siteId, c.req.valid('param').id)),
      200,
    );
  });

  add(
    patchCampaign,
    async function updateCampaign(c) {
      const existing = await find(c.get('auth').siteId, c.req.valid('param').id);
      const patch: CampaignPatch = c.req.valid('json');
      const now = clock.now();
      const { status, ...fields } = patch;
      const changed: Campaign = {
        ...existing,
        ...fields,
        status: status ?? existing.status,
        // The first start fixes round 0 (at once, without a startDate).
        startedAt: status === 'active' ? (existing.startedAt ?? now) : existing.startedAt,
        updatedAt: now,
      };
      // A started campaign's rounds are numbered by its repeat and start date: changing either
      // would renumber them, skipping a round or sending one twice.
      if (existing.startedAt !== null) {
        const fixed = (['repeat', 'startDate'] as const).filter(
          (name) => fields[name] !== undefined && fields[name] !== existing[name],
        );
        if (fixed.length)
          throw new ApiError('invalid-body', 'the campaign is not valid', {
            issues: fixed.map((field) => ({
              field,
              message: 'cannot change once the campaign has started; make a new campaign',
            })),
          });
      }
      if (changed.reminderAfterDays !== null && changed.reminderAfterDays >= changed.expiresInDays)
        throw new ApiError('invalid-body', 'the campaign is not valid', {
          issues: [
            { field: 'reminderAfterDays', message: 'the reminder must go before the links expire' },
          ],
        });
      await store.campaigns.update(changed);
      await audit(services, c, {
        action: 'campaign.changed',
        target: existing.id,
        details: { fields: Object.keys(patch), ...(status && { status }) },
      });
      // Started or resumed: the first emails go now rather than at the next poll.
      if (status === 'active') services.campaigns?.wake();
      return c.json(await campaignJson(changed), 200);
    },
    campaignBody,
  );

  add(deleteCampaign, async function deleteCampaign(c) {
    const id = c.req.valid('param').id;
    if (!(await store.campaigns.remove(c.get('auth').siteId, id)))
      throw new ApiError('campaign-not-found', 'this site has no campaign with this id');
    await audit(services, c, { action: 'campaign.deleted', target: id });
    return c.body(null, 204);
  });

  add(
    uploadRecipients,
    async function addCampaignRecipients(c) {
      const siteId = c.get('auth').siteId;
      const campaign = await find(siteId, c.req.valid('param').id);
      const body = c.req.valid('json');
      const checked = checkRecipients(body);
      const now = clock.now();
      // Deduplicated by address: the last row of one address wins.
      const byHash = new Map<string, RecipientInput>();
      for (const input of checked) byHash.set(emailHash(siteId, input.email), input);
      const ids = newIds('rcp', byHash.size);
      const tokens = newSecrets(byHash.size, 24);
      const rows: CampaignRecipient[] = [...byHash].map(([hash, input], i) => ({
        id: ids[i] as string,
        campaignId: campaign.id,
        siteId,
        email: input.email,
        emailHash: hash,
        userId: input.userId ?? null,
        locale: input.locale ?? null,
        timeZone: input.timeZone ?? null,
        attributes: input.attributes ?? null,
        unsubscribeToken: tokens[i] as string,
        lastRound: -1,
        createdAt: now,
      }));
      const { recipients: before } = await store.campaigns.counts(campaign.id);
      if (before + rows.length > MAX_RECIPIENTS_PER_CAMPAIGN) {
        // Those already on the list do not count twice.
        const { added } = await countNew(campaign.id, rows);
        if (before + added > MAX_RECIPIENTS_PER_CAMPAIGN)
          throw new ApiError(
            'too-many-recipients',
            `a campaign has at most ${MAX_RECIPIENTS_PER_CAMPAIGN} recipients`,
          );
      }
      const result = await store.campaigns.upsertRecipients(campaign.id, rows);
      await audit(services, c, {
        action: 'campaign.recipients-added',
        target: campaign.id,
        details: { added: result.added, updated: result.updated },
      });
      if (campaign.status === 'active') services.campaigns?.wake();
      return c.json(
        { added: result.added, updated: result.updated, recipients: result.total },
        200,
      );
    },
    { maxBodyBytes: MAX_UPLOAD_BYTES },
  );

  /** How many of these addresses are not on the list yet. */
  async function countNew(campaignId: string, recipients: CampaignRecipient[]) {
    const known = new Set<string>();
    for (let after: string | null = null; ; ) {
      const page = await store.campaigns.recipients(campaignId, { after, limit: 500 });
      for (const r of page.recipients) known.add(r.emailHash);
      if (!page.next) break;
      after = page.next;
    }
    return { added: recipients.filter((r) => !known.has(r.emailHash)).length };
  }

  add(listRecipients, async function listCampaignRecipients(c) {
    const campaign = await find(c.get('auth').siteId, c.req.valid('param').id);
    const query = c.req.valid('query');
    const page = await store.campaigns.recipients(campaign.id, {
      after: query.after ?? null,
      limit: query.limit,
      ...(query.status && { status: query.status }),
    });
    return c.json({ data: page.recipients.map(recipientJson), next: page.next }, 200);
  });

  add(deleteRecipient, async function deleteCampaignRecipient(c) {
    const { id, recipientId } = c.req.valid('param');
    const campaign = await find(c.get('auth').siteId, id);
    if (!(await store.campaigns.removeRecipient(campaign.id, recipientId)))
      throw new ApiError('recipient-not-found', 'the campaign has no recipient with this id');
    await audit(services, c, { action: 'campaign.recipient-deleted', target: campaign.id });
    return c.body(null, 204);
  });

  add(
    erasePersonRoute,
    async function erasePersonHandler(c) {
      const siteId = c.get('auth').siteId;
      const result = await erasePerson(store, siteId, c.req.valid('json'));
      // The audit log names how many, not who: the person asked to be forgotten.
      await audit(services, c, { action: 'respondent.erased', details: { ...result } });
      return c.json(result, 200);
    },
    { maxBodyBytes: 4096 },
  );

  return app;
}

/** The upload's recipients, checked row by row (every bad row named), or a 400. */
function checkRecipients(body: z.output<typeof RecipientsUploadSchema>): RecipientInput[] {
  const issues: Array<{ field: string; message: string }> = [];
  const rows: Array<{ field: string; value: unknown }> = [];
  if (body.csv !== undefined) {
    const parsed = parseRecipientsCsv(body.csv, MAX_RECIPIENTS_PER_UPLOAD);
    if (!parsed.ok)
      throw new ApiError('invalid-body', 'the CSV is not valid', { issues: parsed.issues });
    if (parsed.rows.length === 0)
      throw new ApiError('invalid-body', 'the CSV is not valid', {
        issues: [{ field: 'csv', message: 'has no recipients under its header' }],
      });
    for (const row of parsed.rows) rows.push({ field: `rows.${row.line}`, value: row.value });
  } else {
    for (const [i, value] of (body.recipients ?? []).entries())
      rows.push({ field: `recipients.${i}`, value });
  }
  const valid: RecipientInput[] = [];
  for (const { field, value } of rows) {
    const result = validate(RecipientInputSchema, value);
    if (!result.ok) {
      for (const issue of result.issues)
        issues.push({
          field: issue.field ? `${field}.${issue.field}` : field,
          message: issue.message,
        });
      continue;
    }
    // Attributes ride in every link: a list whose links would be too long to work is refused now.
    if (result.value.attributes && tokenBodyLength(result.value) > MAX_TOKEN_BODY)
      issues.push({
        field: `${field}.attributes`,
        message: 'makes the email’s links too long to work: fewer or shorter attributes',
      });
    valid.push(result.value);
  }
  if (issues.length)
    throw new ApiError('invalid-body', 'some recipients are not valid', {
      issues: issues.slice(0, 100),
    });
  return valid;
}

/** The length of a token body for this recipient (the longest ids koe makes). */
function tokenBodyLength(recipient: RecipientInput): number {
  const token = signLink(
    {
      siteId: 'site_xxxxxxxxxxxxxxxxxxxxxx',
      surveyId: 'srv_xxxxxxxxxxxxxxxxxxxxxx',
      userId: recipient.userId ?? 'rcp_xxxxxxxxxxxxxxxxxxxxxx',
      ...(recipient.locale && { locale: recipient.locale }),
      ...(recipient.attributes && { attributes: recipient.attributes }),
      channel: 'email',
      expiresAt: 10_000_000_000_000,
      nonce: 'xxxxxxxx',
    },
    'length-only',
  );
  return token.lastIndexOf('.');
}
