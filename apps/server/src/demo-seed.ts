// The demo that `npm start` sets up on first start: one site allowed on
// localhost, one active survey of each type with follow-up reasons, and
// about 90 days of answers marked demo: true (demo-answers.ts) unless
// KOE_DEMO_DATA=false / --no-demo-data. `koe demo-data remove` erases them.

import { MAX_SITE_ORIGINS, type SurveyInput, SurveyInputSchema } from '@koe/core';
import { newPassword } from './accounts/passwords';
import { createOwner } from './accounts/setup';
import { createSite, updateSite } from './admin';
import type { Clock } from './clock';
import { DEMO_ANSWER_SURVEYS, demoAnswers } from './demo-answers';
import type { Site, Store } from './store/types';

export const DEMO_SITE_ID = 'site_demo';
/** As many answers as one ingest batch holds at most (defaultConfig.maxBatch). */
const DEMO_BATCH = 512;

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
      followUp: {
        dissatisfied: {
          question: { en: 'What made it hard?', ja: '何が大変でしたか？' },
          reasons: [
            { id: 'form', label: { en: 'Too many fields', ja: '入力項目が多い' } },
            { id: 'verify', label: { en: 'E-mail verification', ja: 'メール確認' } },
            { id: 'password', label: { en: 'Password rules', ja: 'パスワードの条件' } },
          ],
        },
      },
    },
  },
];

export interface SeededDemo {
  site: Site;
  /** Only when the site was made now: shown once. */
  secretKey?: string;
  /** Demo answers written now (none when the site existed or answers were not asked for). */
  answers: number;
}

/**
 * Creates the demo site and surveys if they are missing, with ~90 days of
 * answers when `answers` is true. An existing demo site gains the origins it
 * is served on now (another port), so its /demo page keeps working.
 */
export async function seedDemo(
  store: Store,
  clock: Clock,
  origins: string[],
  { answers = true }: { answers?: boolean } = {},
): Promise<SeededDemo> {
  const existing = await store.getSite(DEMO_SITE_ID);
  if (existing) {
    const missing = origins.filter((origin) => !existing.origins.includes(origin));
    if (!missing.length || existing.origins.length + missing.length > MAX_SITE_ORIGINS)
      return { site: existing, answers: 0 };
    const site = await updateSite(store, existing.id, {
      origins: [...existing.origins, ...missing],
    });
    return { site, answers: 0 };
  }
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
      // Made before the first demo answer, as a real survey would have been.
      createdAt: answers ? now - 91 * 86_400_000 : now,
      updatedAt: now,
    });
  }
  let written = 0;
  if (answers) {
    // Through the normal write path (rollups, segments, outbox), in batches of the
    // ingest path's size; each answer keeps its own time.
    const writes = demoAnswers({ siteId: site.id, now, pageOrigin: origins[0] ?? '' });
    for (let i = 0; i < writes.length; i += DEMO_BATCH) {
      const outcomes = await store.writeResponses(writes.slice(i, i + DEMO_BATCH), now);
      written += outcomes.filter((o) => o.kind === 'created').length;
    }
  }
  return { site, secretKey, answers: written };
}

export const DEMO_OWNER_EMAIL = 'owner@demo.example';

/**
 * The demo's owner account (made once, its password returned then only),
 * owner of the organization that holds the demo site and any site made
 * before an organization existed.
 */
export async function ensureDemoOwner(
  store: Store,
  clock: Clock,
): Promise<{ email: string; password?: string }> {
  const existing = await store.accounts.findUserByEmail(DEMO_OWNER_EMAIL);
  if (existing) {
    const [first] = await store.accounts.membershipsOf(existing.id);
    if (first) await store.adoptOrphanSites(first.organization.id);
    return { email: DEMO_OWNER_EMAIL };
  }
  const password = newPassword();
  await createOwner(store, clock, {
    email: DEMO_OWNER_EMAIL,
    name: 'Demo owner',
    password,
    organizationName: 'Demo Shop',
  });
  return { email: DEMO_OWNER_EMAIL, password };
}

/** Erases every answer marked demo: true from the demo surveys; returns how many. */
export async function removeDemoAnswers(store: Store): Promise<number> {
  let erased = 0;
  for (const surveyId of DEMO_ANSWER_SURVEYS) {
    let after: [number, string] | undefined;
    for (;;) {
      const page = await store.listResponses(surveyId, {}, after, 500);
      for (const row of page)
        if (row.siteId === DEMO_SITE_ID && row.attributes.demo === true)
          if (await store.eraseResponse(DEMO_SITE_ID, row.id)) erased++;
      const last = page.at(-1);
      if (page.length < 500 || !last) break;
      after = [last.receivedAt, last.id];
    }
  }
  return erased;
}
