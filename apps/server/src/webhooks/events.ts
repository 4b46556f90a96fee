// Which webhook events a stored change raises, which endpoints want them, and
// the event body. Pure: called inside the response write transaction (on
// either backend) so the outbox rows commit with the response.
import { type AtRiskRule, atRiskRules, type WebhookEventType } from '@koe/core';
import { newId } from '../keys';
import { responseJson } from '../response-json';
import type { StoredResponseRow, WebhookDelivery, WebhookEndpoint } from '../store/types';

/** The same respondent's answer before this one (for respondent.at_risk). */
export interface PreviousAnswer {
  id: string;
  score: number;
  receivedAt: number;
}

/** Finishing this answer may put its respondent at risk: only then is the previous answer read. */
export const mayBeAtRisk = (before: StoredResponseRow | undefined, after: StoredResponseRow) =>
  after.userId !== null && after.finished && !before?.finished;

/** Events of one change (`before` absent for a new answer); respondent.at_risk: deliveriesFor. */
export function eventsOf(
  before: StoredResponseRow | undefined,
  after: StoredResponseRow,
): WebhookEventType[] {
  const events: WebhookEventType[] = [before ? 'response.updated' : 'response.created'];
  if (after.finished && !before?.finished) events.push('response.finished');
  return events;
}

export function endpointWants(
  endpoint: Pick<WebhookEndpoint, 'events' | 'surveyIds' | 'buckets'>,
  event: WebhookEventType,
  row: StoredResponseRow,
): boolean {
  return (
    endpoint.events.includes(event) &&
    (!endpoint.surveyIds || endpoint.surveyIds.includes(row.surveyId)) &&
    (!endpoint.buckets || endpoint.buckets.includes(row.bucket))
  );
}

/** The event as signed and sent: {type, timestamp, data: {response, …}}. */
export function eventBody(
  event: WebhookEventType,
  row: StoredResponseRow,
  at: number,
  atRisk?: { rules: AtRiskRule[]; previous: PreviousAnswer | undefined },
): string {
  return JSON.stringify({
    type: event,
    timestamp: new Date(at).toISOString(),
    data: {
      response: responseJson(row),
      ...(atRisk && {
        userId: row.userId,
        rules: atRisk.rules,
        previous: atRisk.previous
          ? {
              id: atRisk.previous.id,
              score: atRisk.previous.score,
              receivedAt: new Date(atRisk.previous.receivedAt).toISOString(),
            }
          : null,
      }),
    },
  });
}

/** The outbox rows for a batch's changes, given the endpoints of the sites involved. */
export function deliveriesFor(
  changes: ReadonlyArray<{ before?: StoredResponseRow; after: StoredResponseRow }>,
  endpointsOfSite: (siteId: string) => readonly WebhookEndpoint[],
  now: number,
  previousOf: (row: StoredResponseRow) => PreviousAnswer | undefined = () => undefined,
): WebhookDelivery[] {
  const deliveries: WebhookDelivery[] = [];
  const add = (
    endpoints: readonly WebhookEndpoint[],
    event: WebhookEventType,
    row: StoredResponseRow,
    payload: () => string,
  ) => {
    const wanting = endpoints.filter((endpoint) => endpointWants(endpoint, event, row));
    if (wanting.length === 0) return;
    // One body per event, whatever the number of endpoints that get it.
    const body = payload();
    for (const endpoint of wanting) {
      deliveries.push({
        id: newId('msg'),
        endpointId: endpoint.id,
        responseId: row.id,
        event,
        payload: body,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        createdAt: now,
      });
    }
  };
  for (const { before, after } of changes) {
    const endpoints = endpointsOfSite(after.siteId);
    if (endpoints.length === 0) continue;
    for (const event of eventsOf(before, after))
      add(endpoints, event, after, () => eventBody(event, after, now));
    if (
      mayBeAtRisk(before, after) &&
      endpoints.some((endpoint) => endpointWants(endpoint, 'respondent.at_risk', after))
    ) {
      const previous = previousOf(after);
      const rules = atRiskRules(after, previous);
      if (rules.length)
        add(endpoints, 'respondent.at_risk', after, () =>
          eventBody('respondent.at_risk', after, now, { rules, previous }),
        );
    }
  }
  return deliveries;
}
