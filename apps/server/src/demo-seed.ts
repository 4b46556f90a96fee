// The demo that `npm start` sets up on first start: one site allowed on
// localhost and one active survey of each type, with follow-up reasons.
import { type SurveyInput, SurveyInputSchema } from '@koe/core';
import { createSite } from './admin';
import type { Clock } from './clock';
import type { Site, Store } from './store/types';

export const DEMO_SITE_ID = 'site_demo';

const DEMO_SURVEYS: Array<{ id: string; input: SurveyInput }> = [
  {
    id: 'srv_demo_nps',
    input: {
      name: 'Checkout NPS',
      type: 'nps',
      status: 'active',
      question: {
        en: 'How likely are you to recommend us to a friend?',
        ja: 'この店を友人に勧める可能性はどのくらいですか？',
      },
      scaleLabels: {
        low: { en: 'Not at all likely', ja: 'まったく勧めない' },
        high: { en: 'Extremely likely', ja: 'ぜひ勧めたい' },
      },
      thanks: { en: 'Thank you!', ja: 'ありがとうございました！' },
      followUp: {
        detractor: {
          question: { en: 'What went wrong?', ja: '何が問題でしたか？' },
          reasons: [
            { id: 'price', label: { en: 'Price', ja: '価格' } },
            { id: 'delivery', label: { en: 'Delivery', ja: '配送' } },
            { id: 'checkout', label: { en: 'Checkout was hard', ja: '購入手続き' } },
          ],
        },
        passive: {
          question: { en: 'What would make it a 10?', ja: '10点にするには何が必要ですか？' },
          reasons: [
            { id: 'choice', label: { en: 'More choice', ja: '品揃え' } },
            { id: 'speed', label: { en: 'Faster delivery', ja: '配送の速さ' } },
          ],
        },
        promoter: {
          question: { en: 'What did you like most?', ja: '特に良かった点は？' },
          reasons: [
            { id: 'quality', label: { en: 'Quality', ja: '品質' } },
            { id: 'service', label: { en: 'Service', ja: 'サービス' } },
          ],
        },
      },
    },
  },
  {
    id: 'srv_demo_csat',
    input: {
      name: 'Support chat CSAT',
      type: 'csat',
      status: 'active',
      csatDisplay: 'smiley',
      question: {
        en: 'How satisfied are you with the help you got?',
        ja: 'サポートに満足しましたか？',
      },
      followUp: {
        dissatisfied: {
          question: { en: 'What was missing?', ja: '何が足りませんでしたか？' },
          reasons: [
            { id: 'slow', label: { en: 'Too slow', ja: '遅い' } },
            { id: 'unsolved', label: { en: 'Not solved', ja: '未解決' } },
          ],
        },
      },
    },
  },
  {
    id: 'srv_demo_ces',
    input: {
      name: 'Sign-up effort',
      type: 'ces',
      status: 'active',
      question: { en: 'Demo Shop made it easy for me to sign up.', ja: '登録は簡単でした。' },
      scaleLabels: {
        low: { en: 'Strongly disagree', ja: 'まったくそう思わない' },
        high: { en: 'Strongly agree', ja: 'とてもそう思う' },
      },
    },
  },
];

/** Creates the demo site and surveys if they are missing. The secret key is returned only when new. */
export async function seedDemo(
  store: Store,
  clock: Clock,
  origins: string[],
): Promise<{ site: Site; secretKey?: string }> {
  const existing = await store.getSite(DEMO_SITE_ID);
  if (existing) return { site: existing };
  const { site, secretKey } = await createSite(store, clock, {
    id: DEMO_SITE_ID,
    name: 'Demo Shop',
    origins,
  });
  const now = clock.now();
  for (const { id, input } of DEMO_SURVEYS) {
    const definition = SurveyInputSchema.parse(input);
    await store.createSurvey({
      id,
      siteId: site.id,
      type: definition.type,
      definition,
      createdAt: now,
      updatedAt: now,
    });
  }
  return { site, secretKey };
}
