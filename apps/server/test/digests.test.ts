// The scheduled digest on both backends: gathered from real stored answers
// (scores checked against NPS worked out by hand from the answers written),
// the change called significant only when it is, reasons ranked by impact
// (by count when the period is low n), the newest comments, an 8-week trend
// in the site's zone; then the mail: escaped, no script or SVG, one-click
// unsubscribe headers, a text part with the same facts.
import { npsInterval, type SurveyInput, SurveyInputSchema } from '@koe/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DigestData, gatherDigest, lastCompletePeriod } from '../src/digests/digest-data';
import { digestMail } from '../src/digests/digest-mail';
import type { ResponseWrite, Site, Store, StoredSurvey } from '../src/store/types';
import { responseWrite } from './response-writes';
import { type OpenedStore, storeBackends } from './store-backends';

const ZONE = 'Europe/Berlin';
const NOW = Date.UTC(2026, 11, 1, 7); // Tuesday 1 December 2026, 08:00 in Berlin
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// The last full local week: Monday 23 November 00:00 to Monday 30 November 00:00, Berlin (UTC+1).
const WEEK = { from: Date.UTC(2026, 10, 22, 23), to: Date.UTC(2026, 10, 29, 23) };
const PREVIOUS_WEEK = { from: WEEK.from - 7 * DAY, to: WEEK.from };
const SCRIPT_COMMENT = '<script>alert("x")</script> Checkout & "payment" broke';

const surveyInput = (name: string): SurveyInput => ({
  name,
  type: 'nps',
  status: 'active',
  question: { en: 'How likely are you to recommend us?' },
  followUp: {
    detractor: {
      question: { en: 'What went wrong?' },
      reasons: [
        { id: 'price', label: { en: 'Price' } },
        { id: 'delivery', label: { en: 'Delivery <slow>' } },
      ],
    },
    passive: {
      question: { en: 'What would make it a 10?' },
      reasons: [{ id: 'support', label: { en: 'Support' } }],
    },
    promoter: {
      question: { en: 'What did you like?' },
      reasons: [{ id: 'quality', label: { en: 'Quality' } }],
    },
  },
});

/** `count` answers of one score, spread over a period's hours, with extra fields. */
function answers(
  site: Site,
  survey: StoredSurvey,
  count: number,
  score: number,
  start: number,
  fields: (i: number) => Partial<ResponseWrite> = () => ({}),
): ResponseWrite[] {
  return Array.from({ length: count }, (_, i) =>
    responseWrite({
      siteId: site.id,
      surveyId: survey.id,
      score,
      receivedAt: start + (i + 1) * HOUR + score * 60_000,
      ...fields(i),
    }),
  );
}

for (const backend of await storeBackends('the digest tests')) {
  describe.skipIf(!backend.available)(`digests on ${backend.name}`, () => {
    let opened: OpenedStore;
    let store: Store;
    let site: Site;
    const surveys: Record<'moved' | 'steady' | 'few', StoredSurvey> = {} as never;

    async function addSurvey(id: string, name: string) {
      const survey: StoredSurvey = {
        id,
        siteId: site.id,
        type: 'nps',
        definition: SurveyInputSchema.parse(surveyInput(name)),
        createdAt: 0,
        updatedAt: 0,
      };
      await store.createSurvey(survey);
      return survey;
    }

    beforeAll(async () => {
      opened = await backend.open();
      store = opened.store;
      await store.createSite({
        id: 'site_digest',
        name: 'Acme <Shop> & "Co"',
        origins: ['*'],
        publishableKey: 'pk_digest',
        createdAt: 0,
      });
      site = (await store.getSite('site_digest')) as Site;
      surveys.moved = await addSurvey('srv_moved', 'Checkout <NPS>');
      surveys.steady = await addSurvey('srv_steady', 'Support NPS');
      surveys.few = await addSurvey('srv_few', 'Returns NPS');
      const { moved, steady, few } = surveys;

      // moved, this week: 18 promoters (10), 6 passives (8), 6 detractors (3):
      // NPS = 100·(18 − 6)/30 = 40. Detractors all cite price, two also
      // delivery; one passive cites support; nine promoters cite quality.
      // The previous week: 6 promoters, 6 passives, 18 detractors: NPS −40.
      const moved0 = WEEK.from + DAY;
      const writes: ResponseWrite[] = [
        ...answers(site, moved, 18, 10, moved0, (i) => (i < 9 ? { reasons: ['quality'] } : {})),
        ...answers(site, moved, 6, 8, moved0, (i) => (i === 0 ? { reasons: ['support'] } : {})),
        ...answers(site, moved, 6, 3, moved0, (i) => ({
          reasons: i < 2 ? ['price', 'delivery'] : ['price'],
        })),
        ...answers(site, moved, 6, 10, PREVIOUS_WEEK.from),
        ...answers(site, moved, 6, 7, PREVIOUS_WEEK.from),
        ...answers(site, moved, 18, 0, PREVIOUS_WEEK.from, (i) =>
          i === 0 ? { comment: 'last week, not this one' } : {},
        ),
        // Four weeks before: 20 promoters (NPS 100); five weeks before: 5 answers (too few).
        ...answers(site, moved, 20, 9, WEEK.from - 28 * DAY),
        ...answers(site, moved, 5, 2, WEEK.from - 35 * DAY),
        // Comments this week, the newest last written: three newest are shown.
        ...['oldest comment', 'second', 'Line one\nline two', SCRIPT_COMMENT].map((comment, i) =>
          responseWrite({
            siteId: site.id,
            surveyId: moved.id,
            score: 10,
            comment,
            receivedAt: WEEK.from + 5 * DAY + i * HOUR,
          }),
        ),
        // The next week (after the period) counts nowhere.
        ...answers(site, moved, 4, 0, WEEK.to, () => ({ comment: 'next week' })),
        // steady: 10 P, 10 passives, 5 D (NPS 20) against 9 P, 10 passives, 6 D (NPS 12).
        ...answers(site, steady, 10, 9, WEEK.from),
        ...answers(site, steady, 10, 7, WEEK.from),
        ...answers(site, steady, 5, 6, WEEK.from),
        ...answers(site, steady, 9, 9, PREVIOUS_WEEK.from),
        ...answers(site, steady, 10, 7, PREVIOUS_WEEK.from),
        ...answers(site, steady, 6, 6, PREVIOUS_WEEK.from),
        // few: 4 promoters and 3 detractors, all citing something.
        ...answers(site, few, 4, 10, WEEK.from, () => ({ reasons: ['quality'] })),
        ...answers(site, few, 3, 1, WEEK.from, (i) => ({
          reasons: i === 0 ? ['price', 'delivery'] : ['delivery'],
        })),
      ];
      expect(
        (await store.writeResponses(writes, NOW)).every((outcome) => outcome.kind === 'created'),
      ).toBe(true);
    });

    afterAll(async () => {
      await opened?.close();
    });

    const gather = (survey: StoredSurvey, period = WEEK) =>
      gatherDigest(store, { site, survey, period, timeZone: ZONE, now: NOW });

    const mailOf = (data: DigestData) =>
      digestMail(data, {
        to: 'owner@acme.example',
        surveyUrl: `https://koe.example/app/surveys/${data.survey.id}`,
        unsubscribeUrl: 'https://koe.example/digests/unsubscribe/tok_abc',
      });

    it('finds the last full local week', () => {
      expect(lastCompletePeriod(NOW, 'week', ZONE)).toEqual(WEEK);
      expect(lastCompletePeriod(NOW, 'month', ZONE)).toEqual({
        from: Date.UTC(2026, 9, 31, 23),
        to: Date.UTC(2026, 10, 30, 23),
      });
    });

    it('gives the score, its interval, the significant change, reasons by impact, comments, trend', async () => {
      const data = await gather(surveys.moved);
      // 30 scored answers plus the 4 commenting promoters: 22 P, 6 passives, 6 D of 34.
      const n = 34;
      const nps = (100 * (22 - 6)) / n;
      const [low, high] = npsInterval(22, 6, n);
      expect(data.score).toEqual({ value: nps, low, high, n, lowN: false });
      expect(data.previous).toMatchObject({ value: -40, n: 30, lowN: false });
      expect(data.previousPeriod).toEqual(PREVIOUS_WEEK);
      expect(data.interval).toBe('week');
      expect(data.comparison.delta).toBeCloseTo(nps + 40, 10);
      expect(data.comparison.p).toBeLessThan(0.001);
      expect(data.comparison.significant).toBe(true);
      expect(data.comparison.low).toBeLessThan(data.comparison.delta as number);

      // Impact = S_rest − S_all. price: the 6 detractors; without them 22 P, 6 passives: 100·22/28.
      expect(data.reasonsRankedBy).toBe('impact');
      expect(data.reasons.map((r) => r.id)).toEqual(['price', 'delivery', 'support']);
      const [price, delivery, support] = data.reasons;
      expect(price).toMatchObject({ label: 'Price', count: 6, percent: (100 * 6) / n });
      expect(price?.impact).toBeCloseTo((100 * 22) / 28 - nps, 10);
      // delivery: 2 detractors; the rest 22 P, 6 passives, 4 D.
      expect(delivery?.label).toBe('Delivery <slow>');
      expect(delivery?.impact).toBeCloseTo((100 * (22 - 4)) / 32 - nps, 10);
      // support: 1 passive; the rest 22 P, 5 passives, 6 D.
      expect(support?.impact).toBeCloseTo((100 * (22 - 6)) / 33 - nps, 10);
      // quality, cited most (9), lowers nothing: it is not among the top three by impact.

      expect(data.comments.map((c) => c.text)).toEqual([
        SCRIPT_COMMENT,
        'Line one\nline two',
        'second',
      ]);

      expect(data.trend).toHaveLength(8);
      expect(data.trend.at(-1)).toEqual({ from: WEEK.from, to: WEEK.to, value: nps, n });
      expect(data.trend.at(-2)).toEqual({ ...PREVIOUS_WEEK, value: -40, n: 30 });
      expect(data.trend.at(-5)).toMatchObject({ value: 100, n: 20 });
      // Five weeks before: the week summer time ends (25 October), 169 hours long.
      expect(data.trend.at(-6)).toMatchObject({
        from: Date.UTC(2026, 9, 18, 22),
        to: Date.UTC(2026, 9, 25, 23),
        value: null,
        n: 5,
      });
      // The first of the 8 weeks: Monday 5 October, 00:00 summer time.
      expect(data.trend[0]).toEqual({
        from: Date.UTC(2026, 9, 4, 22),
        to: Date.UTC(2026, 9, 11, 22),
        value: null,
        n: 0,
      });
    });

    it('says no significant change when there is none', async () => {
      const data = await gather(surveys.steady);
      expect(data.score).toMatchObject({ value: 20, n: 25, lowN: false });
      expect(data.previous).toMatchObject({ value: 12, n: 25 });
      expect(data.comparison.delta).toBeCloseTo(8, 10);
      expect(data.comparison.p).toBeGreaterThan(0.05);
      expect(data.comparison.significant).toBe(false);
      expect(data.reasons).toEqual([]);
      expect(data.comments).toEqual([]);

      const mail = mailOf(data);
      for (const part of [mail.text, mail.html]) {
        expect(part).toContain('No significant change from the previous week');
        expect(part).not.toMatch(/a significant change|\bUp\b|\bDown\b/);
      }
      expect(mail.subject).toBe('Support NPS: NPS 20.0 this week (no significant change)');
      expect(mail.html).toContain('No comments this week.');
    });

    it('ranks reasons by count and says so when the period has too few answers', async () => {
      const data = await gather(surveys.few);
      expect(data.score).toMatchObject({ value: (100 * (4 - 3)) / 7, n: 7, lowN: true });
      expect(data.reasonsRankedBy).toBe('count');
      expect(data.reasons.map((r) => [r.id, r.count])).toEqual([
        ['quality', 4],
        ['delivery', 3],
        ['price', 1],
      ]);
      expect(data.comparison).toMatchObject({ delta: null, p: null, significant: false });
      const mail = mailOf(data);
      for (const part of [mail.text, mail.html]) {
        expect(part).toContain('Too few answers to trust this score');
        expect(part).toContain('Most cited reasons');
        expect(part).toContain('No comparison: the previous week had no answers.');
      }
      expect(mail.subject).toBe('Returns NPS: NPS 14.3 this week (too few answers)');
    });

    it('gathers a month with a 6-month trend', async () => {
      const month = lastCompletePeriod(NOW, 'month', ZONE);
      const data = await gather(surveys.moved, month);
      expect(data.interval).toBe('month');
      expect(data.trend).toHaveLength(6);
      expect(data.trend.at(-1)?.from).toBe(month.from);
      // November: this week's 34, the previous week's 30 and the 4 of Monday 30th.
      expect(data.score.n).toBe(34 + 30 + 4);
      expect(data.trend.at(-1)?.n).toBe(68);
      // October: 20 promoters on the 26th and 5 detractors on the 19th: NPS 100·15/25.
      expect(data.trend.at(-2)).toMatchObject({ n: 25, value: 60 });
      expect(data.previousPeriod).toEqual({ from: month.from - 30 * DAY, to: month.from });
      const mail = mailOf(data);
      expect(mail.subject).toMatch(/this month/);
      expect(mail.text).toContain('Monthly digest: Checkout <NPS> (Acme <Shop> & "Co")');
      expect(mail.text).toContain('November 2026.');
      expect(mail.text).toMatch(/from the 30 days before \(60\.0, 25 answers\)/);
      expect(mail.text).toContain('NPS per month, last 6 months');
    });

    it('renders a mail that escapes what people typed and unsubscribes in one click', async () => {
      const data = await gather(surveys.moved);
      const mail = mailOf(data);
      expect(mail.to).toBe('owner@acme.example');
      expect(mail.headers).toEqual({
        'List-Unsubscribe': '<https://koe.example/digests/unsubscribe/tok_abc>',
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      });
      expect(mail.subject).toBe('Checkout <NPS>: NPS 47.1 this week (up +87.1, significant)');

      const { html, text } = mail;
      expect(html).not.toMatch(/<script|<svg|<img|<style|<link|javascript:|<iframe|<form/i);
      expect(html).toContain(
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Checkout &amp; &quot;payment&quot; broke',
      );
      expect(html).toContain('Acme &lt;Shop&gt; &amp; &quot;Co&quot;');
      expect(html).toContain('Checkout &lt;NPS&gt;');
      expect(html).toContain('Delivery &lt;slow&gt;');
      expect(html).toContain('Line one<br>line two');
      expect(html).not.toContain('oldest comment');
      expect(html).not.toContain('last week, not this one');
      expect(html).toContain('▲ Up +87.1 from the previous week (−40.0, 30 answers)');
      expect(html).toContain('max-width:600px');
      expect(html).toContain('href="https://koe.example/app/surveys/srv_moved"');
      // Every style is inline: no class attributes to lose.
      expect(html).not.toMatch(/\sclass=/);
      // The trend: 8 labelled bars, the current one with its value and n.
      expect(html).toContain('NPS per week, last 8 weeks');
      expect(html).toMatch(/Nov 23<\/td>[\s\S]*?47\.1 <span[^>]*>n 34<\/span>/);

      expect(text).toContain('NPS 47.1 (95% interval');
      expect(text).toContain('from 34 answers');
      expect(text).toContain(
        'Up +87.1 from the previous week (−40.0, 30 answers): a significant change (p < 0.001).',
      );
      expect(text).toContain('Top reasons by impact on NPS');
      const [price] = data.reasons;
      expect(text).toContain(
        `- Price: 6 answers (18%), costs 31.5 points (95% interval ${price?.impactLow?.toFixed(1)} to ${price?.impactHigh?.toFixed(1)})`,
      );
      expect(text).toContain(`- "${SCRIPT_COMMENT}"`);
      expect(text).toContain('- "Line one / line two"');
      // (Intl puts thin spaces around the range's dash.)
      expect(text).toMatch(/Week of Nov 23\s–\s29, 2026\. Dates are in Europe\/Berlin time\./);
      expect(text).toMatch(/Nov 23\s+47\.1\s+n 34/);
      expect(text).toMatch(/Oct 19\s+–\s+n 5/);
      expect(text).toContain('Unsubscribe: https://koe.example/digests/unsubscribe/tok_abc');
    });

    it('never rounds a significant p-value up to 0.05', async () => {
      const data = await gather(surveys.steady);
      const at = (p: number) =>
        mailOf({ ...data, comparison: { ...data.comparison, p, significant: p < 0.05 } }).text;
      expect(at(0.04996)).toContain(
        'Up +8.0 from the previous week (12.0, 25 answers): a significant change (p < 0.05).',
      );
      expect(at(0.0123)).toContain('a significant change (p = 0.012)');
      expect(at(0.05)).toContain('is within chance (p = 0.050)');
    });

    it('refuses URLs and addresses it cannot put in a mail safely', async () => {
      const data = await gather(surveys.steady);
      const base = {
        to: 'a@b.example',
        surveyUrl: 'https://koe.example/s',
        unsubscribeUrl: 'https://koe.example/u',
      };
      expect(() => digestMail(data, { ...base, surveyUrl: 'javascript:alert(1)' })).toThrow(
        /http\(s\)/,
      );
      expect(() => digestMail(data, { ...base, unsubscribeUrl: 'not a url' })).toThrow(/URL/);
      expect(() => digestMail(data, { ...base, to: 'a@b.example\r\nBcc: c@d.example' })).toThrow(
        /one email address/,
      );
      // A line break in a URL is dropped by the URL parser, never reaches a header.
      const mail = digestMail(data, { ...base, unsubscribeUrl: 'https://koe.example/u\r\nX: y' });
      expect(mail.headers['List-Unsubscribe']).toBe('<https://koe.example/uX:%20y>');
    });
  });
}
