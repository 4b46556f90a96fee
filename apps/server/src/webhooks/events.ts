// Which webhook events a stored change raises, which endpoints want them, and
// the event body. Pure: called inside the response write transaction (on
// either backend) so the outbox rows commit with the response.
import type { WebhookEventType } from '@koe/core';
import { newId } from '../keys';
import { responseJson } from '../response-json';
import type { StoredResponseRow, WebhookDelivery, WebhookEndpoint } from '../store/types';

/** Events of one change: `before` absent for a new answer. */
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

/** The event as signed and sent: {type, timestamp, data: {response}}. */
export function eventBody(event: WebhookEventType, row: StoredResponseRow, at: number): string {
  return JSON.stringify({
    type: event,
    timestamp: new Date(at).toISOString(),
    data: { response: responseJson(row) },
  });
}

/** The outbox rows for a batch's changes, given the endpoints of the sites involved. */
export function deliveriesFor(
  changes: ReadonlyArray<{ before?: StoredResponseRow; after: StoredResponseRow }>,
  endpointsOfSite: (siteId: string) => readonly WebhookEndpoint[],
  now: number,
): WebhookDelivery[] {
  const deliveries: WebhookDelivery[] = [];
  for (const { before, after } of changes) {
    const endpoints = endpointsOfSite(after.siteId);
    if (endpoints.length === 0) continue;
    for (const event of eventsOf(before, after)) {
      const wanting = endpoints.filter((endpoint) => endpointWants(endpoint, event, after));
      if (wanting.length === 0) continue;
      // One body per event, whatever the number of endpoints that get it.
      const payload = eventBody(event, after, now);
      for (const endpoint of wanting) {
        deliveries.push({
          id: newId('msg'),
          endpointId: endpoint.id,
          responseId: after.id,
          event,
          payload,
          status: 'pending',
          attempts: 0,
          nextAttemptAt: now,
          createdAt: now,
        });
      }
    }
  }
  return deliveries;
}
