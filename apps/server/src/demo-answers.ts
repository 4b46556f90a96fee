// About 90 days of made-up answers for the demo surveys, so the dashboard has
// something true-looking to show on first start: scores that drift (a
// checkout fix five weeks ago lifts NPS; support slowly improves; a new
// sign-up step costs effort lately), segments that differ (mobile and
// returns fare worse), reasons from each survey's own chips, and comments in
// English and Japanese written for this demo (no real people).
//
// Deterministic: one seeded generator (mulberry32), so the same `now` gives
// the same answers. Every answer carries the attribute demo: true, which
// shows in exports and the API and is how `koe demo-data remove` finds them.
//
// Answers are grouped by the time they are received at, because the store
// stamps a whole batch with one time (and commits it with one fsync): two
// times per older day and one per hour in the last two days, where "latest
// comments" looks. About 220 transactions for ~2,300 answers.
import { type Bucket, bucketOf, type Device, type SurveyType } from '@koe/core';
import type { ResponseWrite } from './store/types';

const DAY = 86_400_000;

type Random = () => number;

/** mulberry32: a small, fast, seedable generator (not for secrets). */
function seeded(seed: number): Random {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: Random, weighted: ReadonlyArray<readonly [T, number]>): T {
  const total = weighted.reduce((sum, [, w]) => sum + w, 0);
  let r = next() * total;
  for (const [value, w] of weighted) {
    r -= w;
    if (r < 0) return value;
  }
  return (weighted.at(-1) as readonly [T, number])[0];
}

/** A time-ordered UUIDv7 from the answer's time and the generator (the widget's id kind). */
function answerId(at: number, next: Random): string {
  const hex = (n: number) =>
    Array.from({ length: n }, () => Math.floor(next() * 16).toString(16)).join('');
  const time = at.toString(16).padStart(12, '0');
  const variant = (8 + Math.floor(next() * 4)).toString(16);
  return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
}

/**
 * A score on the scale from base weights tilted by `lean` (−1 … 1): each
 * point's weight is multiplied by e^(2·lean·x), x running from −½ at the
 * bottom of the scale to ½ at the top. Positive lean moves answers up.
 */
function score(next: Random, weights: readonly number[], lowest: number, lean: number): number {
  const n = weights.length;
  const tilted = weights.map((w, i) => [lowest + i, w * Math.exp(2 * lean * (i / (n - 1) - 0.5))]);
  return pick(next, tilted as Array<[number, number]>);
}

interface Comment {
  reason?: string;
  en: string;
  ja: string;
}

interface Story {
  type: SurveyType;
  /** Answers on a weekday; weekends have 70 %. */
  perDay: number;
  /** Weights per scale point, lowest first. */
  weights: readonly number[];
  /** How answers lean on a day this many days ago. */
  trend(daysAgo: number): number;
  touchpoints: ReadonlyArray<readonly [name: string, share: number, lean: number]>;
  pages: Record<string, string>;
  /** Reason chips per bucket (the survey's own), weighted; the weight may depend on the day. */
  reasons: Partial<Record<Bucket, ReadonlyArray<readonly [string, (daysAgo: number) => number]>>>;
  comments: Partial<Record<Bucket, readonly Comment[]>>;
  attributes?(next: Random): Record<string, string | number | boolean>;
}

const always = (w: number) => () => w;
/** Checkout was fixed 35 days ago: before, checkout problems led the complaints. */
const FIX_DAYS_AGO = 35;

const STORIES: Record<string, Story> = {
  srv_demo_nps: {
    type: 'nps',
    perDay: 14,
    weights: [2, 1, 2, 3, 3, 6, 7, 14, 18, 20, 24],
    trend: (d) => (d > FIX_DAYS_AGO ? -0.15 - (0.1 * (90 - d)) / 55 : 0.25),
    touchpoints: [
      ['checkout', 0.7, 0],
      ['order-status', 0.2, 0.1],
      ['returns', 0.1, -0.6],
    ],
    pages: { checkout: '/checkout/done', 'order-status': '/orders', returns: '/returns' },
    reasons: {
      detractor: [
        ['checkout', (d) => (d > FIX_DAYS_AGO ? 0.55 : 0.12)],
        ['delivery', always(0.35)],
        ['price', always(0.3)],
      ],
      passive: [
        ['choice', always(0.5)],
        ['speed', always(0.5)],
      ],
      promoter: [
        ['quality', always(0.6)],
        ['service', always(0.4)],
      ],
    },
    comments: {
      detractor: [
        {
          reason: 'checkout',
          en: 'Checkout kept rejecting my card.',
          ja: 'カード決済が何度もエラーになりました。',
        },
        {
          reason: 'checkout',
          en: 'Shipping costs only appeared at the very last step.',
          ja: '送料が最後の画面まで分かりませんでした。',
        },
        {
          reason: 'checkout',
          en: 'The coupon code did not apply.',
          ja: 'クーポンが適用されませんでした。',
        },
        {
          reason: 'delivery',
          en: 'Delivery took nine days, far longer than promised.',
          ja: '配送に一週間以上かかりました。',
        },
        {
          reason: 'delivery',
          en: 'The parcel arrived damaged.',
          ja: '荷物が破損して届きました。',
        },
        {
          reason: 'price',
          en: 'Too expensive compared with other shops.',
          ja: '他の店と比べて高すぎます。',
        },
        { en: 'Returning an item was a hassle.', ja: '返品の手続きが面倒でした。' },
      ],
      passive: [
        {
          reason: 'choice',
          en: 'Fine, but the range is a bit thin.',
          ja: '悪くないですが、品揃えがもう少し欲しいです。',
        },
        {
          reason: 'speed',
          en: 'Good overall; delivery could be faster.',
          ja: '配送がもう少し早ければ満点です。',
        },
        { en: 'I would like more ways to pay.', ja: '支払い方法がもっと欲しいです。' },
      ],
      promoter: [
        {
          reason: 'quality',
          en: 'Great quality for the price.',
          ja: '品質が良く、値段にも満足しています。',
        },
        {
          reason: 'service',
          en: 'Arrived the next day, well packed.',
          ja: '翌日に届きました。梱包も丁寧でした。',
        },
        {
          reason: 'service',
          en: 'Friendly help when I had a question.',
          ja: '質問にも親切に答えてもらえました。',
        },
        { en: 'Checkout was quick and painless.', ja: '購入手続きがとても簡単でした。' },
      ],
    },
    attributes: (next) => ({ plan: next() < 0.25 ? 'member' : 'guest' }),
  },
  srv_demo_csat: {
    type: 'csat',
    perDay: 8,
    weights: [6, 8, 16, 35, 35],
    trend: (d) => -0.3 + (0.6 * (90 - d)) / 90,
    touchpoints: [
      ['support-chat', 0.8, 0],
      ['help-center', 0.2, -0.2],
    ],
    pages: { 'support-chat': '/help/chat', 'help-center': '/help' },
    reasons: {
      dissatisfied: [
        ['slow', always(0.6)],
        ['unsolved', always(0.4)],
      ],
    },
    comments: {
      dissatisfied: [
        { reason: 'slow', en: 'Waited 20 minutes for a reply.', ja: '返信まで20分も待ちました。' },
        {
          reason: 'unsolved',
          en: 'My issue is still not solved.',
          ja: '問題がまだ解決していません。',
        },
        {
          reason: 'unsolved',
          en: 'The answer did not fit my question.',
          ja: '質問と違う回答が返ってきました。',
        },
      ],
      neutral: [
        {
          en: 'Got an answer, but I had to explain twice.',
          ja: '回答はもらえましたが、二度説明が必要でした。',
        },
      ],
      satisfied: [
        {
          en: 'Solved in two minutes, thank you!',
          ja: 'すぐに解決しました。ありがとうございます！',
        },
        { en: 'Very patient and clear.', ja: '説明が丁寧で分かりやすかったです。' },
      ],
    },
  },
  srv_demo_ces: {
    type: 'ces',
    perDay: 6,
    weights: [4, 5, 8, 12, 22, 27, 22],
    // A verification step was added two weeks ago: sign-up got harder.
    trend: (d) => (d > 14 ? 0.05 : -0.35),
    touchpoints: [
      ['sign-up', 0.75, 0],
      ['password-reset', 0.25, -0.3],
    ],
    pages: { 'sign-up': '/account/new', 'password-reset': '/account/reset' },
    reasons: {
      dissatisfied: [
        ['form', always(0.4)],
        ['verify', (d) => (d > 14 ? 0.15 : 0.6)],
        ['password', always(0.3)],
      ],
    },
    comments: {
      dissatisfied: [
        {
          reason: 'verify',
          en: 'The verification e-mail took ages to arrive.',
          ja: '確認メールがなかなか届きませんでした。',
        },
        {
          reason: 'form',
          en: 'Too many fields just to make an account.',
          ja: 'アカウント作成の入力項目が多すぎます。',
        },
        {
          reason: 'password',
          en: 'The password rules are confusing.',
          ja: 'パスワードの条件が分かりにくいです。',
        },
      ],
      neutral: [{ en: 'Fine, but why a phone number?', ja: '電話番号が必須なのはなぜですか？' }],
      satisfied: [
        { en: 'Signed up in under a minute.', ja: '一分で登録できました。' },
        { en: 'Easy with my existing account.', ja: '既存のアカウントで簡単に登録できました。' },
      ],
    },
  },
};

/** The demo surveys this module writes answers for. */
export const DEMO_ANSWER_SURVEYS = Object.keys(STORIES);

/** Locale, share, countries, and the visitors' UTC offset in hours. */
const LOCALES = [
  ['en', 0.45, ['US', 'CA', 'AU'], -5],
  ['ja', 0.35, ['JP'], 9],
  ['en-GB', 0.1, ['GB', 'IE'], 0],
  ['de', 0.1, ['DE', 'AT'], 1],
] as const;
/** How likely an answer is in each local hour: quiet at night, busy at lunch and in the evening. */
const LOCAL_HOURS = [
  1, 0.5, 0.3, 0.2, 0.2, 0.3, 0.8, 1.5, 2.5, 3, 3.5, 4, 5, 4.5, 4, 3.5, 3.5, 4, 4.5, 5.5, 6, 5.5, 4,
  2,
].map((w, hour) => [hour, w] as const);
const DEVICES: ReadonlyArray<readonly [Device, number, number]> = [
  ['desktop', 0.5, 0.1],
  ['mobile', 0.42, -0.3],
  ['tablet', 0.08, -0.1],
];

/** Weighted choices from a list of [value, weight, …] tuples. */
const weighted = <T extends readonly [unknown, number, ...unknown[]]>(list: readonly T[]) =>
  list.map((item) => [item, item[1]] as const);

function answer(
  story: Story,
  ids: { siteId: string; surveyId: string },
  { dayStart, daysAgo, pageOrigin }: { dayStart: number; daysAgo: number; pageOrigin: string },
  next: Random,
): ResponseWrite {
  const [touchpoint, , touchLean] = pick(next, weighted(story.touchpoints));
  const [device, , deviceLean] = pick(next, weighted(DEVICES));
  const [locale, , countries, offset] = pick(next, weighted(LOCALES));
  const localHour = pick(next, LOCAL_HOURS);
  const minutes = ((localHour - offset + 24) % 24) * 60 + Math.floor(next() * 60);
  const at = dayStart + minutes * 60_000 + Math.floor(next() * 60_000);
  const noise = (next() - 0.5) * 0.3;
  const lowest = story.type === 'nps' ? 0 : 1;
  const lean = story.trend(daysAgo) + touchLean + deviceLean + noise;
  const value = score(next, story.weights, lowest, lean);
  const bucket = bucketOf(story.type, value);
  const chips = story.reasons[bucket]?.map(([id, w]) => [id, w(daysAgo)] as const);
  const reasons: string[] = [];
  if (chips && next() < 0.6) {
    reasons.push(pick(next, chips));
    const second = pick(next, chips);
    if (next() < 0.25 && !reasons.includes(second)) reasons.push(second);
  }
  // Comments in the visitor's language: English and Japanese (German visitors leave none here).
  const language = locale === 'ja' ? 'ja' : locale.startsWith('en') ? 'en' : undefined;
  const fitting = (story.comments[bucket] ?? []).filter(
    (c) => !c.reason || reasons.includes(c.reason),
  );
  const says = language && fitting.length && next() < (bucket === 'promoter' ? 0.25 : 0.4);
  const comment = says ? fitting[Math.floor(next() * fitting.length)]?.[language] : undefined;
  const path = story.pages[touchpoint] ?? '/';
  return {
    id: answerId(at, next),
    siteId: ids.siteId,
    surveyId: ids.surveyId,
    score: value,
    bucket,
    reasons: reasons.length ? reasons : undefined,
    comment,
    touchpoint,
    attributes: { ...story.attributes?.(next), demo: true },
    userId: undefined,
    locale,
    url: `${pageOrigin}${path}`,
    page: path,
    device,
    country: countries[Math.floor(next() * countries.length)],
    finished: true,
    receivedAt: at,
  };
}

/** The demo answers for the site's demo surveys over the `days` before `now`, oldest first. */
export function demoAnswers({
  siteId,
  now,
  pageOrigin,
  days = 90,
  seed = 0x6b6f65,
}: {
  siteId: string;
  now: number;
  /** Where the demo shop's pages are (the site's first origin). */
  pageOrigin: string;
  days?: number;
  seed?: number;
}): ResponseWrite[] {
  const next = seeded(seed);
  const today = Math.floor(now / DAY) * DAY;
  const writes: ResponseWrite[] = [];
  for (let daysAgo = days - 1; daysAgo >= 0; daysAgo--) {
    const dayStart = today - daysAgo * DAY;
    const weekend = [0, 6].includes(new Date(dayStart).getUTCDay());
    for (const [surveyId, story] of Object.entries(STORIES)) {
      const count = Math.round(story.perDay * (weekend ? 0.7 : 1) * (0.75 + next() * 0.5));
      for (let i = 0; i < count; i++) {
        const write = answer(story, { siteId, surveyId }, { dayStart, daysAgo, pageOrigin }, next);
        if ((write.receivedAt as number) < now) writes.push(write);
      }
    }
  }
  return writes.sort((a, b) => (a.receivedAt as number) - (b.receivedAt as number));
}
