// A stored response as the API shows it (JSON pages, NDJSON export, webhook
// events): ISO 8601 times, no site id.
import type { StoredResponseRow } from './store/types';

export function responseJson(row: StoredResponseRow) {
  return {
    id: row.id,
    surveyId: row.surveyId,
    score: row.score,
    bucket: row.bucket,
    reasons: row.reasons,
    comment: row.comment,
    touchpoint: row.touchpoint,
    channel: row.channel,
    attributes: row.attributes,
    userId: row.userId,
    locale: row.locale,
    url: row.url,
    page: row.page,
    device: row.device,
    country: row.country,
    finished: row.finished,
    receivedAt: new Date(row.receivedAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}
