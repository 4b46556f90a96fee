// Alert rules: /v1/alerts (read: any key or member; changes: a write key or
// an editor). A rule watches one survey of the key's site; the scheduler
// (alerts/scheduler.ts) evaluates it and sends its events to the site's
// webhooks that subscribe to alert.* and to the rule's email addresses.
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  AlertEventSchema,
  type AlertRuleInput,
  AlertRuleInputSchema,
  AlertRulePatchSchema,
  AlertRuleSchema,
  validate,
} from '@koe/core';
import { z } from 'zod';
import { audit } from '../accounts/audit';
import { ruleName } from '../alerts/messages';
import { problems } from '../api/problems';
import { bodyOf, json, keyProblems, MANAGE_ALERTS, READ, routeAdder } from '../api/route';
import type { AppEnv, Services } from '../context';
import { ApiError } from '../errors';
import { newId } from '../keys';
import type { AlertEventRecord, AlertRule, AlertSubjectState } from '../store/alert-types';
import type { StoredSurvey } from '../store/types';

const MAX_ALERT_BYTES = 16 * 1024;
/** Rules per site: each is evaluated every minute. */
export const MAX_ALERT_RULES = 100;
const iso = (ms: number) => new Date(ms).toISOString();

const params = z.object({
  id: z
    .string()
    .regex(/^[\w-]{1,64}$/)
    .describe('alert rule id (alert_…)'),
});
const notFound = ['alert-not-found', "the key's site has no alert rule with this id"] as const;
const bodyProblems = [
  'invalid-json',
  ['body-too-large', `the body is over ${MAX_ALERT_BYTES / 1024} KiB`],
  ['unsupported-media-type', 'the body is not application/json'],
] as const;
const invalidRule = [
  'invalid-body',
  'a field is missing or malformed, surveyId names no survey of the site, groupBy is set on a rule that is not score-drop, or a patch changes kind or surveyId',
] as const;
const tooMany = ['too-many-alerts', `the site has ${MAX_ALERT_RULES} alert rules already`] as const;

export function alertJson(
  rule: AlertRule,
  survey: StoredSurvey | undefined,
  open: readonly AlertSubjectState[],
) {
  const last = rule.cursor.day ?? (rule.cursor.hour ? iso(rule.cursor.hour) : undefined);
  return {
    id: rule.id,
    kind: rule.kind,
    surveyId: rule.surveyId,
    name: survey ? ruleName(rule, survey) : (rule.name ?? rule.kind),
    filters: (rule.filters as Record<string, unknown> | null) ?? null,
    groupBy: rule.groupBy,
    timeZone: rule.timeZone,
    settings: rule.settings,
    emails: rule.emails,
    status: rule.status,
    firing: open
      .filter((s) => s.state.openedAt !== null)
      .map((s) => ({ segment: s.segment, since: s.state.openedAt as string })),
    lastEvaluatedAt: last ?? (rule.cursor.scannedTo ? iso(rule.cursor.scannedTo) : null),
    createdAt: iso(rule.createdAt),
    updatedAt: iso(rule.updatedAt),
  };
}

export function alertEventJson(event: AlertEventRecord) {
  return {
    id: event.id,
    ruleId: event.ruleId,
    type: event.type,
    segment: event.segment,
    at: event.at,
    openedAt: event.openedAt,
    summary: event.summary,
    details: event.details,
    createdAt: iso(event.createdAt),
  };
}

const ruleContent = json(AlertRuleSchema);

const listAlerts = createRoute({
  method: 'get',
  path: '/alerts',
  operationId: 'listAlerts',
  tags: ['alerts'],
  summary: "The site's alert rules",
  description: 'Every rule of the site, with what is firing now.',
  ...READ,
  responses: {
    200: {
      description: 'the rules, oldest first',
      content: json(z.object({ data: z.array(AlertRuleSchema) })),
    },
    ...problems(...keyProblems('read')),
  },
});

const createAlert = createRoute({
  method: 'post',
  path: '/alerts',
  operationId: 'createAlert',
  tags: ['alerts'],
  summary: 'Add an alert rule',
  description:
    'score-drop: the score over the recent days is lower than over the baseline before them (one-sided p below alpha, at least minAnswers in each window, on two evaluations running); one alert per episode, then an all clear. With groupBy, every segment is watched and the false discovery rate across segments held at alpha. volume: a day far below the same weekdays before, or whole hours without answers when answers usually come. keyword: a new comment names one of the words. Events go to webhooks subscribed to alert.triggered / alert.resolved and to the emails listed (with SMTP). The defaults and their measured false-alert rate: docs/statistics.md.',
  ...MANAGE_ALERTS,
  request: bodyOf(AlertRuleInputSchema),
  responses: {
    201: {
      description: 'created; Location names it',
      headers: { location: { description: '/v1/alerts/{id}', schema: { type: 'string' } } },
      content: ruleContent,
    },
    ...problems(invalidRule, tooMany, ...bodyProblems, ...keyProblems('write')),
  },
});

const getAlert = createRoute({
  method: 'get',
  path: '/alerts/{id}',
  operationId: 'getAlert',
  tags: ['alerts'],
  summary: 'One alert rule',
  description: 'The rule, with what is firing now and the latest window evaluated.',
  ...READ,
  request: { params },
  responses: {
    200: { description: 'the rule', content: ruleContent },
    ...problems(notFound, ...keyProblems('read')),
  },
});

const patchAlert = createRoute({
  method: 'patch',
  path: '/alerts/{id}',
  operationId: 'updateAlert',
  tags: ['alerts'],
  summary: 'Change an alert rule',
  description:
    'Only the fields sent change (null clears name, filters or groupBy); settings are replaced whole and checked as on create. `status: "paused"` stops evaluating; a rule resumed later starts from the latest window and from answers arriving after it resumed (it does not replay the pause).',
  ...MANAGE_ALERTS,
  request: { params, ...bodyOf(AlertRulePatchSchema) },
  responses: {
    200: { description: 'the changed rule', content: ruleContent },
    ...problems(invalidRule, ...bodyProblems, notFound, ...keyProblems('write')),
  },
});

const deleteAlert = createRoute({
  method: 'delete',
  path: '/alerts/{id}',
  operationId: 'deleteAlert',
  tags: ['alerts'],
  summary: 'Remove an alert rule',
  description: 'Removes the rule and its events; messages already queued are still sent.',
  ...MANAGE_ALERTS,
  request: { params },
  responses: {
    204: { description: 'removed' },
    ...problems(notFound, ...keyProblems('write')),
  },
});

const listAlertEvents = createRoute({
  method: 'get',
  path: '/alerts/{id}/events',
  operationId: 'listAlertEvents',
  tags: ['alerts'],
  summary: "A rule's alerts and all clears",
  description:
    'The newest events first, each with its one-line summary and the figures of its test.',
  ...READ,
  request: {
    params,
    query: z
      .object({
        limit: z.coerce
          .number()
          .int()
          .min(1)
          .max(200)
          .default(50)
          .describe('how many events, at most 200'),
      })
      .strict(),
  },
  responses: {
    200: {
      description: 'the events, newest first',
      content: json(z.object({ data: z.array(AlertEventSchema) })),
    },
    ...problems(
      ['invalid-query', 'limit is not a whole number from 1 to 200, or a parameter is unknown'],
      notFound,
      ...keyProblems('read'),
    ),
  },
});

export function alertRoutes(services: Services) {
  const { store, clock } = services;
  const app = new OpenAPIHono<AppEnv>();
  const add = routeAdder(app, services);
  const bodyLimit = { maxBodyBytes: MAX_ALERT_BYTES };

  async function find(siteId: string, id: string): Promise<AlertRule> {
    const rule = await store.alerts.get(siteId, id);
    if (!rule) throw new ApiError('alert-not-found', 'this site has no alert rule with this id');
    return rule;
  }

  async function surveyOf(siteId: string, surveyId: string): Promise<StoredSurvey> {
    const survey = await store.getSurvey(siteId, surveyId);
    if (!survey)
      throw new ApiError('invalid-body', 'the alert rule is not valid', {
        issues: [{ field: 'surveyId', message: 'no such survey on this site' }],
      });
    return survey;
  }

  async function rendered(rule: AlertRule) {
    const [survey, open] = await Promise.all([
      store.getSurvey(rule.siteId, rule.surveyId),
      store.alerts.openEpisodes(rule.siteId),
    ]);
    return alertJson(
      rule,
      survey,
      open.filter((s) => s.ruleId === rule.id),
    );
  }

  /** The input's fields on a stored rule (settings complete, defaults filled in). */
  function fieldsOf(input: AlertRuleInput) {
    return {
      kind: input.kind,
      surveyId: input.surveyId,
      name: input.name ?? null,
      filters: input.filters ?? null,
      groupBy: input.kind === 'score-drop' ? (input.groupBy ?? null) : null,
      timeZone: input.timeZone,
      settings: input.settings as Record<string, unknown>,
      emails: input.emails,
      status: input.status,
    };
  }

  add(listAlerts, async function listAlerts(c) {
    const siteId = c.get('auth').siteId;
    const [rules, surveys, open] = await Promise.all([
      store.alerts.list(siteId),
      store.listSurveys(siteId),
      store.alerts.openEpisodes(siteId),
    ]);
    const surveyById = new Map(surveys.map((s) => [s.id, s]));
    return c.json(
      {
        data: rules.map((rule) =>
          alertJson(
            rule,
            surveyById.get(rule.surveyId),
            open.filter((s) => s.ruleId === rule.id),
          ),
        ),
      },
      200,
    );
  });

  add(
    createAlert,
    async function createAlert(c) {
      const auth = c.get('auth');
      const input = c.req.valid('json');
      await surveyOf(auth.siteId, input.surveyId);
      if ((await store.alerts.list(auth.siteId)).length >= MAX_ALERT_RULES)
        throw new ApiError('too-many-alerts', `a site has at most ${MAX_ALERT_RULES} alert rules`);
      const now = clock.now();
      const rule: AlertRule = {
        id: newId('alert'),
        siteId: auth.siteId,
        ...fieldsOf(input),
        createdAt: now,
        updatedAt: now,
        createdBy: auth.actor.kind === 'user' ? auth.actor.userId : null,
        cursor: {},
      };
      await store.alerts.create(rule);
      await audit(services, c, {
        action: 'alert.created',
        target: rule.id,
        details: { kind: rule.kind, surveyId: rule.surveyId, emails: rule.emails.length },
      });
      return c.json(await rendered(rule), 201, { location: `/v1/alerts/${rule.id}` });
    },
    bodyLimit,
  );

  add(getAlert, async function getAlert(c) {
    return c.json(await rendered(await find(c.get('auth').siteId, c.req.valid('param').id)), 200);
  });

  add(
    patchAlert,
    async function patchAlert(c) {
      const existing = await find(c.get('auth').siteId, c.req.valid('param').id);
      const patch = c.req.valid('json');
      // The merged rule is checked as a whole, as on create.
      const merged = validate(AlertRuleInputSchema, {
        kind: existing.kind,
        surveyId: existing.surveyId,
        ...(existing.name !== null && { name: existing.name }),
        ...(existing.filters && { filters: existing.filters }),
        ...(existing.groupBy && { groupBy: existing.groupBy }),
        timeZone: existing.timeZone,
        emails: existing.emails,
        status: existing.status,
        settings: existing.settings,
        ...Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== null)),
      });
      if (!merged.ok)
        throw new ApiError('invalid-body', 'the alert rule is not valid', {
          issues: merged.issues,
        });
      const fields = fieldsOf(merged.value);
      const updated: AlertRule = {
        ...existing,
        ...fields,
        name: patch.name === null ? null : fields.name,
        filters: patch.filters === null ? null : fields.filters,
        groupBy: patch.groupBy === null ? null : fields.groupBy,
        // Resumed: evaluation starts again from now, without replaying the pause.
        cursor:
          existing.status === 'paused' && fields.status === 'active'
            ? { scannedTo: clock.now() }
            : existing.cursor,
        updatedAt: clock.now(),
      };
      await store.alerts.update(updated);
      await audit(services, c, {
        action: 'alert.changed',
        target: existing.id,
        details: { fields: Object.keys(patch) },
      });
      return c.json(await rendered(updated), 200);
    },
    bodyLimit,
  );

  add(deleteAlert, async function deleteAlert(c) {
    const id = c.req.valid('param').id;
    if (!(await store.alerts.remove(c.get('auth').siteId, id)))
      throw new ApiError('alert-not-found', 'this site has no alert rule with this id');
    await audit(services, c, { action: 'alert.deleted', target: id });
    return c.body(null, 204);
  });

  add(listAlertEvents, async function listAlertEvents(c) {
    const rule = await find(c.get('auth').siteId, c.req.valid('param').id);
    const events = await store.alerts.events(rule.siteId, rule.id, c.req.valid('query').limit);
    return c.json({ data: events.map(alertEventJson) }, 200);
  });

  return app;
}
