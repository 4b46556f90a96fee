// Seeded data for the dashboard's browser tests: a site (made with the real
// CLI), an NPS survey and ~60 days of answers spread over touchpoints,
// devices and countries — deterministic, so the numbers on the page can be
// compared with the API's. One comment carries an XSS payload.
import { randomUUID } from 'node:crypto';
import { bucketOf, SurveyInputSchema } from '@koe/core';
import { SqliteStore } from '../apps/server/src/store/sqlite/store';
import type { ResponseWrite } from '../apps/server/src/store/types';
import { runCli } from '../apps/server/test/server-process';

export const XSS_COMMENT =
  '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> checkout was slow';
export const SURVEY_ID = 'srv_dash_nps';

const DAY = 86_400_000;

/** A small deterministic generator (mulberry32), so every run seeds the same answers. */
export function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOUCHPOINTS = ['checkout', 'support', 'sign-up'];
const DEVICES = ['desktop', 'mobile', 'tablet'] as const;
const COUNTRIES = ['JP', 'US', 'DE'];
// What each bucket tends to say, so "What people say" has something to find.
const COMMENTS: Record<string, string[]> = {
  detractor: ['Delivery took too long', 'The coupon did not apply', '配送が遅すぎます'],
  passive: ['Fine, the coupon did not apply', 'Okay'],
  promoter: ['Great prices and quick checkout', 'Lovely support team', '配送が早くて助かりました'],
};

const pick = (list: readonly string[], u: number) => list[Math.floor(u * list.length)] as string;

export interface Seeded {
  siteId: string;
  siteKey: string;
  /** For the test's own API calls (REST keeps keys); the dashboard never sees it. */
  secretKey: string;
  /** The owner who signs in to the dashboard. */
  email: string;
  password: string;
}

export async function seedDashboard(db: string, now = Date.now()): Promise<Seeded> {
  const site = JSON.parse(
    runCli([
      'sites',
      'create',
      '--name',
      'Dashboard shop',
      '--origin',
      'http://127.0.0.1',
      '--json',
      '--db',
      db,
    ]).stdout,
  ) as Omit<Seeded, 'email' | 'password'>;
  // The first organization takes the site made above; its owner signs in.
  const owner = JSON.parse(
    runCli([
      'users',
      'create',
      '--email',
      'owner@dashboard.example',
      '--org',
      'Dashboard org',
      '--role',
      'owner',
      '--json',
      '--db',
      db,
    ]).stdout,
  ) as { email: string; password: string };
  const store = new SqliteStore({ path: db });
  try {
    const definition = SurveyInputSchema.parse({
      name: 'Checkout NPS',
      type: 'nps',
      status: 'active',
      question: { en: 'How likely are you to recommend us?', ja: '友人に勧めますか？' },
      followUp: {
        detractor: {
          question: { en: 'What went wrong?' },
          reasons: [
            { id: 'price', label: { en: 'Price', ja: '価格' } },
            { id: 'delivery', label: { en: 'Delivery', ja: '配送' } },
          ],
        },
        promoter: {
          question: { en: 'What did you like?' },
          reasons: [{ id: 'quality', label: { en: 'Quality', ja: '品質' } }],
        },
      },
    });
    await store.createSurvey({
      id: SURVEY_ID,
      siteId: site.siteId,
      type: 'nps',
      definition,
      createdAt: now - 90 * DAY,
      updatedAt: now - 90 * DAY,
    });
    const next = random(42);
    for (let daysAgo = 59; daysAgo >= 0; daysAgo--) {
      const writes: ResponseWrite[] = [];
      const count = 4 + Math.floor(next() * 6);
      for (let i = 0; i < count; i++) {
        const touchpoint = TOUCHPOINTS[Math.floor(next() * TOUCHPOINTS.length)] as string;
        // Support is worse and the last 30 days are better: segments and change have a story.
        const lift = (touchpoint === 'support' ? -3 : 0) + (daysAgo < 30 ? 1 : 0);
        const score = Math.max(0, Math.min(10, Math.round(6 + lift + next() * 5)));
        const bucket = bucketOf('nps', score);
        const says = next() < 0.35;
        writes.push({
          id: randomUUID(),
          siteId: site.siteId,
          surveyId: SURVEY_ID,
          score,
          bucket,
          reasons:
            says && bucket !== 'promoter'
              ? ['delivery']
              : says && bucket === 'promoter'
                ? ['quality']
                : undefined,
          comment: says ? pick(COMMENTS[bucket] as string[], next()) : undefined,
          touchpoint,
          attributes: { plan: next() < 0.3 ? 'pro' : 'free' },
          userId: undefined,
          locale: next() < 0.4 ? 'ja' : 'en',
          url: `http://127.0.0.1/${touchpoint}`,
          page: `/${touchpoint}`,
          device: DEVICES[Math.floor(next() * DEVICES.length)] as (typeof DEVICES)[number],
          country: COUNTRIES[Math.floor(next() * COUNTRIES.length)],
          finished: true,
        });
      }
      if (daysAgo === 0) {
        writes.push({
          ...(writes[0] as ResponseWrite),
          id: randomUUID(),
          score: 2,
          bucket: 'detractor',
          reasons: ['delivery'],
          comment: XSS_COMMENT,
          touchpoint: 'checkout',
        });
      }
      // Mid-day, so the answers sit well inside their local calendar day in any zone test.
      await store.writeResponses(writes, now - daysAgo * DAY - (daysAgo === 0 ? 60_000 : DAY / 2));
    }
  } finally {
    await store.close();
  }
  return { ...site, email: owner.email, password: owner.password };
}
