// Page rules and eligibility: when a survey may be shown at all.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isEligible, optedOut, record, SITE_COOLDOWN_MS } from '../src/eligibility';
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

describe('isEligible', () => {
  const DAY = 86_400_000;
  const survey = widgetSurvey('srv_e', { type: 'nps', recontactDays: 30, sampleRate: 1 });
  const now = Date.UTC(2026, 10, 1);
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('a fresh browser is eligible', () => {
    expect(isEligible(survey, now, false)).toBe(true);
  });

  it('answered or dismissed: not again until the recontact days have passed', () => {
    record('srv_e', 'a', now);
    expect(isEligible(survey, now + 29 * DAY, false)).toBe(false);
    expect(isEligible(survey, now + 29 * DAY, true)).toBe(false);
    expect(isEligible(survey, now + 31 * DAY, false)).toBe(true);
    localStorage.clear();
    record('srv_e', 'd', now);
    expect(isEligible(survey, now + DAY, true)).toBe(false);
  });

  it('shown but never answered (page left): may show again', () => {
    record('srv_e', 's', now);
    expect(isEligible(survey, now + 1000, false)).toBe(true);
  });

  it('another survey shown recently: automatic triggers wait for the site-wide cooldown, ask does not', () => {
    record('srv_other', 's', now);
    expect(isEligible(survey, now + 1000, false)).toBe(false);
    expect(isEligible(survey, now + 1000, true)).toBe(true);
    expect(isEligible(survey, now + SITE_COOLDOWN_MS + 1, false)).toBe(true);
  });

  it('sampling is decided once per browser, not per page view', () => {
    const sampled = widgetSurvey('srv_s', { type: 'nps', sampleRate: 0.1, recontactDays: 30 });
    expect(isEligible(sampled, now, false, () => 0.5)).toBe(false);
    // A lucky draw later does not matter: the browser was sampled out for the recontact period.
    expect(isEligible(sampled, now + DAY, false, () => 0.01)).toBe(false);
    expect(isEligible(sampled, now + 31 * DAY, false, () => 0.01)).toBe(true);
    // koe('ask') skips sampling but respects the quiet period of a sampled-out survey.
    localStorage.clear();
    expect(isEligible(sampled, now, true, () => 0.99)).toBe(true);
  });

  it('opted out: never', () => {
    localStorage.setItem('koe:out', 'true');
    expect(optedOut()).toBe(true);
    expect(isEligible(survey, now, true)).toBe(false);
  });

  it('blocked or broken storage does not throw', () => {
    localStorage.setItem('koe:seen', '{not json');
    expect(isEligible(survey, now, false)).toBe(true);
  });
});
