// What bench/metrics generates per row: a score drawn like a healthy NPS
// survey, a device, reasons that follow the bucket, a plan attribute, and for
// one row in ten a comment in English or Japanese that says what its bucket
// would say, plus one word from a wider vocabulary so the term tables have
// realistic breadth. One answer in three comes from an identified customer
// (a userId from a pool of rows / 20, so each answers about seven times over
// the two years) for "who is at risk".
export const TOUCHPOINTS = [
  'checkout',
  'support-chat',
  'sign-up',
  'onboarding',
  'billing',
  'search',
  'returns',
  'delivery',
];
const DEVICES = ['desktop', 'mobile', 'tablet'];

const SAYINGS: Record<string, string[]> = {
  detractor: [
    'Delivery was slow and the box was damaged',
    'Checkout crashed twice, support never answered',
    'Too expensive for what it is',
    '配送が遅くて箱が潰れていました',
    '問い合わせの返信が遅い',
  ],
  passive: [
    'Fine, but delivery could be faster',
    'Okay prices, nothing special',
    '普通です。配送はもう少し早いと嬉しい',
  ],
  promoter: [
    'Friendly support and fast delivery',
    'Great prices, easy checkout',
    'スタッフの対応がとても丁寧でした',
    '配送が早くて助かりました',
  ],
};
const VOCABULARY = Array.from({ length: 400 }, (_, i) => `word${i.toString(36)}`);

export function npsScore(r: number): number {
  return r < 0.55
    ? 9 + (r < 0.3 ? 1 : 0)
    : r < 0.8
      ? 7 + (r < 0.7 ? 1 : 0)
      : Math.floor(r * 35) % 7;
}

export const bucketOf = (score: number) =>
  score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';

export function generatedAnswer(i: number, random: () => number, customers: number) {
  const score = npsScore(random());
  const bucket = bucketOf(score);
  const reasons =
    bucket === 'detractor'
      ? ['["price"]', '["delivery"]', '["price","quality"]', '[]'][i % 4]
      : bucket === 'passive'
        ? ['["delivery"]', '[]'][i % 2]
        : '[]';
  const sayings = SAYINGS[bucket] as string[];
  const comment =
    i % 10 === 0
      ? `${sayings[Math.floor(random() * sayings.length)]} ${VOCABULARY[Math.floor(random() * VOCABULARY.length)]}`
      : null;
  return {
    score,
    bucket,
    reasons: reasons as string,
    comment,
    touchpoint: TOUCHPOINTS[i % TOUCHPOINTS.length] as string,
    device: DEVICES[i % DEVICES.length] as string,
    attributes: i % 4 === 0 ? '{"plan":"pro"}' : '{"plan":"free"}',
    userId: i % 3 === 0 ? `cust-${Math.floor(random() * customers)}` : null,
  };
}
