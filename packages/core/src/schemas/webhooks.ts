// Outgoing webhooks: the endpoint a site registers, and the events koe sends.
// Signed per the Standard Webhooks specification (webhook-id,
// webhook-timestamp, webhook-signature headers).
import { z } from 'zod';
import { NPS_BUCKETS, SATISFACTION_BUCKETS } from '../scales';

export const WEBHOOK_EVENTS = [
  'response.created',
  'response.updated',
  'response.finished',
  'respondent.at_risk',
  'alert.triggered',
  'alert.resolved',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];

const target = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
  .max(2000)
  // zod runs this check on strings the URL check refused too: those are reported there.
  .refine((url) => !URL.canParse(url) || (!new URL(url).username && !new URL(url).password), {
    error: 'must not carry a user name or password',
  });

const webhookFields = {
  url: target,
  events: z
    .array(z.enum(WEBHOOK_EVENTS))
    .min(1)
    .max(WEBHOOK_EVENTS.length)
    .refine((events) => new Set(events).size === events.length, { error: 'must not repeat' }),
  /** Only these surveys; absent or null: every survey of the site. */
  surveyIds: z.array(z.string().min(1).max(64)).min(1).max(100).nullable().optional(),
  /** Only answers in these buckets (e.g. ["detractor"]); absent or null: every bucket. */
  buckets: z
    .array(z.enum([...NPS_BUCKETS, ...SATISFACTION_BUCKETS]))
    .min(1)
    .nullable()
    .optional(),
  /** `standard`: the event as JSON; `slack`: a Slack incoming-webhook message. */
  format: z.enum(['standard', 'slack']).default('standard'),
};

export const WebhookInputSchema = z.object(webhookFields).strict().meta({ id: 'WebhookInput' });
export type WebhookInput = z.input<typeof WebhookInputSchema>;

export const WebhookPatchSchema = z
  .object({
    url: webhookFields.url,
    events: webhookFields.events,
    surveyIds: webhookFields.surveyIds,
    buckets: webhookFields.buckets,
    format: z.enum(['standard', 'slack']),
    /** `paused` holds every delivery until `active` again; `active` also re-enables one marked failing. */
    status: z
      .enum(['active', 'paused'])
      .describe(
        'paused: nothing is sent, events wait; active: sends again (also re-enables a failing endpoint)',
      ),
  })
  .partial()
  .strict()
  .meta({ id: 'WebhookPatch' });
export type WebhookPatch = z.infer<typeof WebhookPatchSchema>;

/** A webhook endpoint as the API returns it (the secret only once, at creation or rotation). */
export const WebhookSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    events: z.array(z.enum(WEBHOOK_EVENTS)),
    surveyIds: z.array(z.string()).nullable(),
    buckets: z.array(z.enum([...NPS_BUCKETS, ...SATISFACTION_BUCKETS])).nullable(),
    format: z.enum(['standard', 'slack']),
    status: z
      .enum(['active', 'failing', 'paused'])
      .describe(
        'failing: the last event used up its retries; paused: nothing is sent until it is set active, events wait',
      ),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    secret: z.string().optional().describe('whsec_…, shown only when created or rotated'),
  })
  .meta({ id: 'Webhook' });

export const WebhookDeliverySchema = z
  .object({
    id: z.string().describe('the webhook-id header; the same on every retry'),
    event: z.enum(WEBHOOK_EVENTS),
    status: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.array(
      z.object({
        at: z.iso.datetime(),
        statusCode: z.number().int().nullable().describe('null when no answer arrived'),
        latencyMs: z.number().nonnegative(),
        error: z.string().nullable(),
      }),
    ),
    nextAttemptAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'WebhookDelivery' });
