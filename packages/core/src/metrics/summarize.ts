// One entry point from (survey type, distribution) to the metric result, so
// callers never switch on the survey type themselves.
import type { SurveyType } from '../scales';
import type { MetricResult } from '../schemas/metrics';
import { cesOf } from './ces';
import { csatOf } from './csat';
import type { Distribution } from './distribution';
import { npsOf } from './nps';

export function summarize(type: SurveyType, distribution: Distribution): MetricResult {
  switch (type) {
    case 'nps':
      return npsOf(distribution);
    case 'csat':
      return csatOf(distribution);
    case 'ces':
      return cesOf(distribution);
  }
}
