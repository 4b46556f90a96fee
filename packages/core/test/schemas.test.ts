// Validation: every failure names the field and the rule, and the survey-aware
// checks (score range, reason chips) follow the survey's type.
import { describe, expect, it } from 'vitest';
import {
  bucketOf,
  checkResponseAgainstSurvey,
  describeIssues,
  ResponseInputSchema,
  SurveyInputSchema,
  SurveyPatchSchema,
  validate,
} from '../src/index';

const validBody = {
  id: '0b6b4a0e-8c1f-4d8e-9f5e-2a1c3b4d5e6f',
  siteKey: 'pk_demo_1234567890',
  surveyId: 'srv_checkout',
  score: 9,
};

function issuesFor(schema: typeof ResponseInputSchema | typeof SurveyInputSchema, input: unknown) {
  const result = validate(schema, input);
  if (result.ok) throw new Error('expected validation to fail');
  return result.issues;
}

describe('ResponseInputSchema', () => {
  it('accepts a minimal body and defaults finished to true', () => {
    const body = ResponseInputSchema.parse(validBody);
    expect(body.finished).toBe(true);
  });

  it('keeps only scheme, host and path of the page URL, however long the query', () => {
    const url = `https://shop.example/checkout/done?utm_source=${'x'.repeat(3000)}#top`;
    expect(ResponseInputSchema.parse({ ...validBody, url }).url).toBe(
      'https://shop.example/checkout/done',
    );
    expect(ResponseInputSchema.parse({ ...validBody, url: 'capacitor://localhost/cart' }).url).toBe(
      'capacitor://localhost/cart',
    );
  });

  it('accepts touchpoints and attribute keys as plain names, and makes text well-formed', () => {
    const body = ResponseInputSchema.parse({
      ...validBody,
      touchpoint: 'checkout page',
      attributes: { 'Plan Name': 'pro', _ga: 'GA1.2' },
      comment: 'bad \ud800 char',
    });
    expect(body.touchpoint).toBe('checkout page');
    expect(body.attributes).toEqual({ 'Plan Name': 'pro', _ga: 'GA1.2' });
    expect(body.comment).toBe('bad \ufffd char');
  });

  it('canonicalises the locale tag', () => {
    expect(ResponseInputSchema.parse({ ...validBody, locale: 'pt-br' }).locale).toBe('pt-BR');
  });

  it.each([
    ['id', { id: 'not-a-uuid' }, /UUID/],
    ['siteKey', { siteKey: 'sk_secret_123456' }, /publishable key/],
    ['score', { score: 7.5 }, /integer/],
    ['score', { score: '7' }, /must be a number/],
    ['comment', { comment: 'x'.repeat(2001) }, /at most 2000 characters/],
    ['touchpoint', { touchpoint: 'bad\u0001name' }, /control characters/],
    ['touchpoint', { touchpoint: 'x'.repeat(65) }, /at most 64/],
    ['locale', { locale: 'not a tag!' }, /BCP 47/],
    ['url', { url: 'javascript:alert(1)' }, /absolute URL of a page/],
    ['url', { url: '/relative/path' }, /absolute URL of a page/],
    ['reasons', { reasons: new Array(13).fill('a') }, /at most 12 reasons/],
    [
      'attributes.plan',
      { attributes: { plan: { nested: true } } },
      /a string of at most 256 characters, a finite number or a boolean/,
    ],
    ['attributes.n', { attributes: { n: Number.NaN } }, /number/],
    ['finished', { finished: 'yes' }, /boolean/],
    ['extra', { extra: 1 }, /unknown field "extra"/],
  ])('names %s when it breaks its rule', (field, change, message) => {
    const issues = issuesFor(ResponseInputSchema, { ...validBody, ...change });
    const issue = issues.find((i) => i.field === field);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue?.message).toMatch(message);
  });

  it('allows at most 20 attribute keys', () => {
    const attributes = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, i]));
    const issues = issuesFor(ResponseInputSchema, { ...validBody, attributes });
    expect(issues).toEqual([{ field: 'attributes', message: 'allows at most 20 keys' }]);
    const twenty = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`k${i}`, i]));
    expect(ResponseInputSchema.safeParse({ ...validBody, attributes: twenty }).success).toBe(true);
  });

  it('says which fields are missing', () => {
    const issues = issuesFor(ResponseInputSchema, {});
    expect(issues.map((i) => i.field).sort()).toEqual(['id', 'score', 'siteKey', 'surveyId']);
    expect(new Set(issues.map((i) => i.message))).toEqual(new Set(['is required']));
    expect(describeIssues(issues)).toContain('score: is required');
  });
});

const npsSurvey = SurveyInputSchema.parse({
  name: 'Checkout NPS',
  type: 'nps',
  question: { en: 'How likely are you to recommend us?', ja: '友人に勧める可能性は？' },
  followUp: {
    detractor: {
      question: { en: 'What went wrong?' },
      reasons: [
        { id: 'price', label: { en: 'Price' } },
        { id: 'delivery', label: { en: 'Delivery' } },
      ],
    },
    promoter: {
      question: { en: 'What did you love?' },
      reasons: [{ id: 'speed', label: { en: 'Speed' } }],
    },
  },
});

describe('checkResponseAgainstSurvey', () => {
  it.each([
    ['nps', -1, false],
    ['nps', 0, true],
    ['nps', 10, true],
    ['nps', 11, false],
    ['csat', 0, false],
    ['csat', 1, true],
    ['csat', 5, true],
    ['csat', 6, false],
    ['ces', 1, true],
    ['ces', 7, true],
    ['ces', 8, false],
  ] as const)('%s score %i is valid: %s', (type, score, valid) => {
    const issues = checkResponseAgainstSurvey({ score }, { type, followUp: {} });
    expect(issues.length === 0).toBe(valid);
    if (!valid) expect(issues[0]?.field).toBe('score');
  });

  it("accepts reasons from the follow-up of the answer's bucket", () => {
    expect(
      checkResponseAgainstSurvey({ score: 3, reasons: ['price', 'delivery'] }, npsSurvey),
    ).toEqual([]);
  });

  it('refuses reasons of another bucket, unknown reasons and repeats', () => {
    expect(checkResponseAgainstSurvey({ score: 10, reasons: ['price'] }, npsSurvey)).toEqual([
      {
        field: 'reasons.0',
        message: `"price" is not a reason of this survey's promoter follow-up`,
      },
    ]);
    expect(checkResponseAgainstSurvey({ score: 8, reasons: ['speed'] }, npsSurvey)[0]?.field).toBe(
      'reasons.0',
    );
    expect(
      checkResponseAgainstSurvey({ score: 2, reasons: ['price', 'price'] }, npsSurvey),
    ).toEqual([{ field: 'reasons', message: 'must not repeat a reason' }]);
  });
});

describe('SurveyInputSchema', () => {
  it('fills defaults for a minimal survey', () => {
    const survey = SurveyInputSchema.parse({
      name: 'CSAT',
      type: 'csat',
      question: { en: 'Happy?' },
    });
    expect(survey).toMatchObject({
      status: 'draft',
      defaultLocale: 'en',
      csatDisplay: 'number',
      trigger: { on: 'manual', urls: [], delaySeconds: 0 },
      sampleRate: 1,
      recontactDays: 90,
      placement: 'bottom-right',
      theme: { accent: '#4f46e5', radius: 12 },
    });
  });

  it.each([
    ['question', { question: { ja: 'どう？' } }, /default locale "en"/],
    [
      'followUp.promoter',
      { type: 'csat', followUp: { promoter: { question: { en: 'Why?' } } } },
      /only for dissatisfied, neutral, satisfied/,
    ],
    ['type', { type: 'nss' }, /one of "nps", "csat", "ces"/],
    ['sampleRate', { sampleRate: 1.5 }, /.+/],
    ['theme.accent', { theme: { accent: 'red' } }, /hex colour/],
    [
      'trigger.urls.0.value',
      { trigger: { on: 'pageview', urls: [{ match: 'regex', value: '(' }] } },
      /valid regular expression/,
    ],
    ['trigger.selector', { trigger: { on: 'click' } }, /required/],
    [
      'followUp.detractor.reasons.1.id',
      {
        followUp: {
          detractor: {
            question: { en: 'Why?' },
            reasons: [
              { id: 'a', label: { en: 'A' } },
              { id: 'a', label: { en: 'A again' } },
            ],
          },
        },
      },
      /used twice/,
    ],
  ])('names %s when it breaks its rule', (field, change, message) => {
    const issues = issuesFor(SurveyInputSchema, {
      name: 'NPS',
      type: 'nps',
      question: { en: 'Recommend?' },
      ...change,
    });
    const issue = issues.find((i) => i.field === field);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue?.message).toMatch(message);
  });

  it('patches may not change the survey type', () => {
    expect(SurveyPatchSchema.safeParse({ type: 'csat' }).success).toBe(false);
    expect(SurveyPatchSchema.safeParse({ status: 'active' }).success).toBe(true);
  });
});

describe('buckets', () => {
  it.each([
    ['csat', 2, 'dissatisfied'],
    ['csat', 3, 'neutral'],
    ['csat', 4, 'satisfied'],
    ['ces', 3, 'dissatisfied'],
    ['ces', 4, 'neutral'],
    ['ces', 5, 'satisfied'],
    ['nps', 6, 'detractor'],
    ['nps', 7, 'passive'],
    ['nps', 9, 'promoter'],
  ] as const)('%s %i is %s', (type, score, bucket) => {
    expect(bucketOf(type, score)).toBe(bucket);
  });
});
