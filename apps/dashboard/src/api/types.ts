// Shapes the analyst API returns, as @koe/client generates them from the
// server's OpenAPI document.
import type { components, Segment, StoredResponse } from '@koe/client';

export type {
  AtRiskPage,
  AtRiskRespondent,
  Metrics,
  PreviousPeriod,
  ReasonAnalysis,
  Reasons,
  Segment,
  SeriesPoint,
  Site,
  StoredResponse,
  Survey,
  Themes,
  ThemeTerm,
  Webhook,
  WebhookDelivery,
} from '@koe/client';

type Schemas = components['schemas'];
export type SiteInstall = Schemas['SiteInstall'];
export type SecretKey = Schemas['SecretKey'];
export type SecretKeyInput = Schemas['SecretKeyInput'];
export type SitePatch = Schemas['SitePatch'];
export type WebhookInput = Schemas['WebhookInput'];
export type AlertRule = Schemas['AlertRule'];
export type AlertRuleInput = Schemas['AlertRuleInput'];
export type AlertEvent = Schemas['AlertEvent'];
export type Digest = Schemas['Digest'];
export type DigestInput = Schemas['DigestInput'];

/** n, score, interval and low-n flag: what a series point, a segment and a period share. */
export type Estimate = Pick<Segment, 'n' | 'score' | 'ci95' | 'lowN'>;

export interface ResponsesPage {
  data: StoredResponse[];
  nextCursor: string | null;
}
