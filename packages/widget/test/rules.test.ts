// Page rules and eligibility: when a survey may be shown at all.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { optedOut, record, SITE_COOLDOWN_MS, whyNot } from '../src/eligibility';
import { pageMatches } from '../src/url-rules';
import { widgetSurvey } from './surveys';

describe('pageMatches', () => {
  const url = 'https://shop.example/checkout/done?order=42#top';
  it.each([
    [{ match: 'exact', value: '/checkout/done' }, true],
    [{ match: 'exact', value: '/checkout' }, false],
    [{ match: 'exact', value: url }, true],
    [{ match: 'contains', value: 'order=42' }, true],
    [{ match: 'startsWith', value: '/checkout' }, true],
    [{ match: 'startsWith', value: 'https://other.example' }, false],
    [{ match: 'regex', value: '^/checkout/(done|thanks)' }, true],
    [{ match: 'regex', value: '(' }, false],
    [{ match: 'contains', value: 'admin', negate: true }, true],
    [{ match: 'contains', value: 'checkout', negate: true }, false],
  ] as const)('%j → %s', (rule, expected) => {
    expect(pageMatches([{ negate: false, ...rule }], url)).toBe(expected);
  });

  it('needs every rule to hold', () => {
    expect(
      pageMatches(
        [
          { match: 'startsWith', value: '/checkout', negate: false },
          { match: 'contains', value: 'refund', negate: false },
        ],
        url,
      ),
    ).toBe(false);
    expect(pageMatches([], url)).toBe(true);
  });
});

describe('whyNot', () => {
  const DAY = 86_400_000;
  const survey = widgetSurvey('srv_e', { type: 'nps', recontactDays: 30, sampleRate: 1 });
  const now = Date.UTC(2026, 10, 1);
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('a fresh browser may be asked', () => {
    expect(whyNot(survey, now, false)).toBe('');
  });

  it('answered (a) or dismissed (d): not again until the recontact days have passed', () => {
    record('srv_e', 'a', now);
    expect(whyNot(survey, now + 29 * DAY, false)).toBe('a');
    expect(whyNot(survey, now + 29 * DAY, true)).toBe('a');
    expect(whyNot(survey, now + 31 * DAY, false)).toBe('');
    localStorage.clear();
    record('srv_e', 'd', now);
    expect(whyNot(survey, now + DAY, true)).toBe('d');
  });

  it('shown but never answered (page left): may show again', () => {
    record('srv_e', 's', now);
    expect(whyNot(survey, now + 1000, false)).toBe('');
  });

  it('another survey shown recently: automatic triggers wait for the site-wide cooldown (c), ask does not', () => {
    record('srv_other', 's', now);
    expect(whyNot(survey, now + 1000, false)).toBe('c');
    expect(whyNot(survey, now + 1000, true)).toBe('');
    expect(whyNot(survey, now + SITE_COOLDOWN_MS + 1, false)).toBe('');
  });

  it('sampling is decided once per browser (r, then o), not per page view', () => {
    const sampled = widgetSurvey('srv_s', { type: 'nps', sampleRate: 0.1, recontactDays: 30 });
    expect(whyNot(sampled, now, false, () => 0.5)).toBe('r');
    // A lucky draw later does not matter: the browser was sampled out for the recontact period.
    expect(whyNot(sampled, now + DAY, false, () => 0.01)).toBe('o');
    expect(whyNot(sampled, now + 31 * DAY, false, () => 0.01)).toBe('');
    // koe('ask') skips sampling but respects the quiet period of a sampled-out survey.
    localStorage.clear();
    expect(whyNot(sampled, now, true, () => 0.99)).toBe('');
  });

  it('opted out (x): never', () => {
    localStorage.setItem('koe:out', 'true');
    expect(optedOut()).toBe(true);
    expect(whyNot(survey, now, true)).toBe('x');
  });

  it('blocked or broken storage does not throw', () => {
    localStorage.setItem('koe:seen', '{not json');
    expect(whyNot(survey, now, false)).toBe('');
  });
});
