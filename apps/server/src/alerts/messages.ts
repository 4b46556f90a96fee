// What an alert sends: the event as stored and listed, the webhook event
// (Standard Webhooks through the outbox; Slack endpoints get slackMessage's
// rendering of it), and an email per address of the rule. Built together so
// they commit with the event, or not at all when the event is not new.
import type { WebhookEventType } from '@koe/core';
import { escapeHtml } from '../escape-html';
import { newId } from '../keys';
import type {
  AlertEventRecord,
  AlertEventWithMessages,
  AlertRule,
  OutgoingMail,
} from '../store/alert-types';
import type { StoredSurvey, WebhookDelivery, WebhookEndpoint } from '../store/types';
import type { RaisedEvent } from './check';
import { METRIC_NAMES } from './wording';

/** The rule's name, or what it watches in words. */
export function ruleName(rule: AlertRule, survey: StoredSurvey): string {
  if (rule.name) return rule.name;
  const what =
    rule.kind === 'score-drop'
      ? `${METRIC_NAMES[survey.type]} drop`
      : rule.kind === 'volume'
        ? 'Answers stopped or fell'
        : 'Keywords';
  return `${what}: ${survey.definition.name}`;
}

export function surveyLink(publicUrl: string | undefined, surveyId: string): string | null {
  return publicUrl
    ? `${publicUrl.replace(/\/$/, '')}/app/surveys/${encodeURIComponent(surveyId)}`
    : null;
}

/** The webhook event body: {type, timestamp, data: {alert, event}}. */
export function alertEventBody(
  event: AlertEventRecord,
  rule: AlertRule,
  survey: StoredSurvey,
  link: string | null,
): string {
  return JSON.stringify({
    type: `alert.${event.type}`,
    timestamp: new Date(event.createdAt).toISOString(),
    data: {
      alert: {
        id: rule.id,
        name: ruleName(rule, survey),
        kind: rule.kind,
        surveyId: rule.surveyId,
      },
      event: {
        id: event.id,
        type: event.type,
        segment: event.segment,
        at: event.at,
        openedAt: event.openedAt,
        summary: event.summary,
        details: event.details,
      },
      link,
    },
  });
}

function alertMail(
  to: string,
  event: AlertEventRecord,
  rule: AlertRule,
  survey: StoredSurvey,
  link: string | null,
  now: number,
): OutgoingMail {
  const name = ruleName(rule, survey);
  const subject = `${event.type === 'triggered' ? 'Alert' : 'All clear'}: ${name}`;
  const lines = [event.summary, ...(link ? [`Open in koe: ${link}`] : [])];
  const colour = event.type === 'triggered' ? '#b42318' : '#067647';
  return {
    id: newId('mail'),
    siteId: rule.siteId,
    to,
    subject,
    text: `${subject}\n\n${lines.join('\n\n')}\n\nYou get this because the alert rule lists your address; an editor can change it in koe.\n`,
    html: `<!doctype html><html><body style="margin:0;padding:16px;font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.5;color:#1f2328"><table role="presentation" width="100%" style="max-width:600px;border-collapse:collapse"><tr><td style="border-left:4px solid ${colour};padding:4px 12px"><p style="margin:0 0 8px;font-weight:600">${escapeHtml(subject)}</p><p style="margin:0">${escapeHtml(event.summary)}</p>${link ? `<p style="margin:12px 0 0"><a href="${escapeHtml(link)}">Open in koe</a></p>` : ''}</td></tr></table><p style="font-size:12px;color:#59636e">You get this because the alert rule lists your address; an editor can change it in koe.</p></body></html>`,
    headers: { 'X-Koe-Alert': `${rule.id}; ${event.type}` },
    responseId: event.responseId,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    lastError: null,
    createdAt: now,
  };
}

/** Whether an endpoint wants an alert event of this survey (answer filters such as buckets do not apply). */
export function endpointWantsAlert(
  endpoint: Pick<WebhookEndpoint, 'events' | 'surveyIds'>,
  event: WebhookEventType,
  surveyId: string,
): boolean {
  return (
    endpoint.events.includes(event) &&
    (!endpoint.surveyIds || endpoint.surveyIds.includes(surveyId))
  );
}

export function eventWithMessages(
  raised: RaisedEvent,
  context: {
    rule: AlertRule;
    survey: StoredSurvey;
    endpoints: readonly WebhookEndpoint[];
    mailEnabled: boolean;
    publicUrl: string | undefined;
    now: number;
  },
): AlertEventWithMessages {
  const { rule, survey, endpoints, mailEnabled, publicUrl, now } = context;
  const event: AlertEventRecord = {
    id: newId('alev'),
    ruleId: rule.id,
    siteId: rule.siteId,
    createdAt: now,
    ...raised,
  };
  const link = surveyLink(publicUrl, survey.id);
  const type: WebhookEventType = `alert.${event.type}`;
  const wanting = endpoints.filter((e) => endpointWantsAlert(e, type, rule.surveyId));
  const payload = wanting.length ? alertEventBody(event, rule, survey, link) : '';
  const deliveries: WebhookDelivery[] = wanting.map((endpoint) => ({
    id: newId('msg'),
    endpointId: endpoint.id,
    responseId: event.responseId,
    event: type,
    payload,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
  }));
  const mails = mailEnabled
    ? rule.emails.map((to) => alertMail(to, event, rule, survey, link, now))
    : [];
  return { event, deliveries, mails };
}
