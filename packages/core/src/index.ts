// @koe/core: schemas, types and metric math shared by koe's server, dashboard
// and (as types only) the widget. Pure functions; no I/O.

export * from './alerts/benjamini-hochberg';
export * from './alerts/episodes';
export * from './alerts/evaluation-schedule';
export * from './alerts/keywords';
export * from './alerts/local-dates';
export * from './alerts/score-drop';
export * from './alerts/silence';
export * from './alerts/volume-drop';
export * from './at-risk';
export * from './csv';
export * from './cursor';
export * from './metrics/answer-values';
export * from './metrics/ces';
export * from './metrics/compare';
export * from './metrics/csat';
export * from './metrics/distribution';
export * from './metrics/low-n';
export * from './metrics/nps';
export * from './metrics/summarize';
export * from './origin-rules';
export * from './reasons/impact';
export * from './scales';
export * from './schemas/accounts';
export * from './schemas/alerts';
export * from './schemas/analytics';
export * from './schemas/at-risk';
export * from './schemas/campaigns';
export * from './schemas/common';
export * from './schemas/filters';
export * from './schemas/issues';
export * from './schemas/metrics';
export * from './schemas/metrics-answer';
export * from './schemas/output';
export * from './schemas/reasons';
export * from './schemas/response';
export * from './schemas/site';
export * from './schemas/survey';
export * from './schemas/themes';
export * from './schemas/webhooks';
export {
  negativeBinomialCdf,
  normalLowerP,
  normalTwoSidedP,
  studentLowerP,
  studentT975,
  studentTwoSidedP,
  Z95,
} from './stats/distributions';
export * from './themes/log-odds';
export * from './themes/terms';
export * from './time-buckets';
export * from './widget-survey';
