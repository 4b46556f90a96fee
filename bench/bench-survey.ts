// The one site and active NPS survey (srv_bench) every data bench writes to.
import { SurveyInputSchema } from '@koe/core';
import { createSite } from '../apps/server/src/admin';
import { systemClock } from '../apps/server/src/clock';
import type { Store } from '../apps/server/src/store/types';

export const BENCH_SURVEY = 'srv_bench';

export async function createBenchSurvey(store: Store, origins: string[], createdAt = 0) {
  const { site, secretKey } = await createSite(store, systemClock, { name: 'Bench', origins });
  const definition = SurveyInputSchema.parse({
    name: 'Bench',
    type: 'nps',
    status: 'active',
    question: { en: 'Q?' },
  });
  await store.createSurvey({
    id: BENCH_SURVEY,
    siteId: site.id,
    type: 'nps',
    definition,
    createdAt,
    updatedAt: createdAt,
  });
  return { site, secretKey };
}
