// bench/alerts: are koe's alerts honest? A Monte-Carlo study, seeded, of
// stable surveys (how often an alert says "dropped" when nothing changed)
// and surveys with a real drop (how long until it says so), for score-drop,
// volume-drop and silence rules, every evaluation made by the very core
// functions the server calls. It shows how the score-drop defaults were
// chosen, and fails (exit code 1) if the defaults raise more than one false
// alert per survey-year for NPS at 50 answers a day — the issue's goal — so
// a change that breaks it cannot pass silently. docs/statistics.md publishes
// the tables.
import {
  SCORE_DROP_DEFAULTS,
  type ScoreDropSettings,
  SILENCE_DEFAULTS,
  type SurveyType,
  VOLUME_DROP_DEFAULTS,
} from '@koe/core';
import { SeededRandom } from '../coverage/seeded-random';
import { type SummaryRow, writeResults } from '../results';
import { printTable } from '../table';
import { perTestRate } from './calibration';
import { poisson, poissonCdf } from './poisson';
import {
  calendar,
  DELAY_HORIZON,
  type DelayResult,
  detectionDelays,
  falseAlerts,
  recoveries,
  type ScoreDropConfig,
  segmentFalseAlerts,
} from './score-drop-study';
import { poissonInterval, quantile, shareAtMost } from './statistics';
import { changeDelays, volumeFalseAlerts } from './volume-study';

const SEED = 20_261_201;
/** Survey-years per configuration (the issue asks for at least 1,000). */
const YEARS = 1_000;
/** Surveys per detection-delay cell. */
const SURVEYS = 1_000;
const GOAL = 1;
const VOLUMES = [5, 20, 50, 200];
const HEADLINE_VOLUME = 50;

const count = (value: number) => value.toLocaleString('en');
const rate = (value: number) => value.toFixed(2);
const share = (value: number) => `${Math.round(100 * value)} %`;
const days = (value: number) => (Number.isFinite(value) ? count(value) : `> ${DELAY_HORIZON}`);
const hours = (value: number, limit: number) =>
  Number.isFinite(value) ? count(value) : `> ${limit}`;
const UNITS: Record<SurveyType, string> = {
  nps: 'NPS points',
  csat: 'CSAT points',
  ces: 'CES points',
};

/** "0.71 (0.66–0.76)": alerts per survey-year with the 95% interval of the count behind it. */
function perYear(alerts: number, years: number): string {
  const [low, high] = poissonInterval(alerts);
  return `${rate(alerts / years)} (${rate(low / years)}–${rate(high / years)})`;
}

const cpuStart = process.cpuUsage();
let failures = 0;
function fail(message: string): void {
  failures++;
  console.log(`FAILED: ${message}`);
}

calendar.check();
// The answers are only as good as the sampler: its lower tail against exact sums.
for (const mean of [3, 12, 60, 240]) {
  const draws = 50_000;
  const random = new SeededRandom(SEED - mean);
  const k = Math.floor(mean - Math.sqrt(mean));
  let below = 0;
  for (let i = 0; i < draws; i++) if (poisson(mean, random) <= k) below++;
  const exact = poissonCdf(k, mean);
  const standardErrors = Math.abs(below / draws - exact) / Math.sqrt((exact * (1 - exact)) / draws);
  if (standardErrors > 4.5)
    fail(
      `the Poisson sampler at mean ${mean}: P(X ≤ ${k}) is off by ${standardErrors.toFixed(1)} standard errors`,
    );
}
const koe: ScoreDropConfig = { name: 'koe default', settings: { ...SCORE_DROP_DEFAULTS } };
const settingsText = (s: ScoreDropSettings) =>
  `${s.recentDays} vs ${s.baselineDays} days, ${s.cadence}, p < ${s.alpha}` +
  `${s.openAfter > 1 ? ` on ${s.openAfter} evaluations running` : ''}, ≥ ${s.minAnswers} answers per window, ` +
  `all clear after ${s.clearAfter} evaluations with p ≥ ${s.clearP}`;
console.log(`Defaults: ${settingsText(SCORE_DROP_DEFAULTS)}.`);
console.log(
  `${count(YEARS)} seeded survey-years per configuration, ${count(SURVEYS)} surveys per detection cell ` +
    `(seed ${SEED}); answers Poisson around the daily volume, busier on weekdays.`,
);

// 1. The choice: p < 0.01 alerting at once (the issue's wording) against the alternatives, NPS at 50 a day.
const base = { ...SCORE_DROP_DEFAULTS, openAfter: 1 };
const issueAsWritten: ScoreDropConfig = {
  name: 'daily, p < 0.01, alert at once',
  settings: base,
};
const CHOICES: ScoreDropConfig[] = [
  issueAsWritten,
  { name: 'weekly (Mondays), p < 0.01', settings: { ...base, cadence: 'weekly' } },
  { name: 'daily, p < 0.005', settings: { ...base, alpha: 0.005 } },
  { name: 'daily, p < 0.003', settings: { ...base, alpha: 0.003 } },
  { name: 'daily, p < 0.01 on 2 days running (koe)', settings: koe.settings },
  { name: 'daily, p < 0.01 on 3 days running', settings: { ...base, openAfter: 3 } },
  {
    name: 'daily, 14-day recent window, p < 0.01 on 2 days running',
    settings: { ...koe.settings, recentDays: 14 },
  },
];
const koeChoice = CHOICES.findIndex((c) => c.settings === koe.settings);
const choiceFalse = falseAlerts({
  type: 'nps',
  volume: HEADLINE_VOLUME,
  years: YEARS,
  seed: SEED,
  configs: CHOICES,
});
const choiceDelays = new Map<number, DelayResult[]>(
  [10, 20].map((drop) => [
    drop,
    detectionDelays({
      type: 'nps',
      volume: HEADLINE_VOLUME,
      drop,
      surveys: SURVEYS,
      seed: SEED + 100_000 * drop,
      configs: CHOICES,
    }),
  ]),
);
console.log(
  `\n### Score drop: choosing the defaults (NPS, ${HEADLINE_VOLUME} answers a day, 7- vs 28-day windows unless said)\n`,
);
printTable(
  [
    'configuration',
    'false alerts / survey-year (95 % CI)',
    '10-pt drop: median days',
    'P90',
    '≤ 7 d',
    '≤ 14 d',
    '≤ 28 d',
    '20-pt drop: median days',
    '≤ 7 d',
  ],
  CHOICES.map((config, c) => {
    const result = choiceFalse[c] as (typeof choiceFalse)[number];
    const ten = choiceDelays.get(10)?.[c]?.delays ?? [];
    const twenty = choiceDelays.get(20)?.[c]?.delays ?? [];
    return [
      config.name,
      perYear(result.alerts, result.years),
      days(quantile(ten, 0.5)),
      days(quantile(ten, 0.9)),
      share(shareAtMost(ten, 7)),
      share(shareAtMost(ten, 14)),
      share(shareAtMost(ten, 28)),
      days(quantile(twenty, 0.5)),
      share(shareAtMost(twenty, 7)),
    ];
  }),
);

// 2. The defaults for every metric and volume.
const TYPES: SurveyType[] = ['nps', 'csat', 'ces'];
const byMetric = TYPES.flatMap((type, t) =>
  VOLUMES.map((volume, v) => ({
    type,
    volume,
    // NPS at the headline volume was simulated for the choice above: the same survey-years.
    result: (type === 'nps' && volume === HEADLINE_VOLUME
      ? choiceFalse[koeChoice]
      : falseAlerts({
          type,
          volume,
          years: YEARS,
          seed: SEED + 1_000_000 * (t + 1) + 10_000 * v,
          configs: [koe],
        })[0]) as ReturnType<typeof falseAlerts>[number],
  })),
);
console.log('\n### Score drop at the defaults: false alerts on stable surveys\n');
printTable(
  [
    'metric',
    'answers / day',
    'false alerts / survey-year (95 % CI)',
    'days in an episode / year',
    'alerts within 28 d of an all clear',
  ],
  byMetric.map(({ type, volume, result }) => [
    type.toUpperCase(),
    count(volume),
    perYear(result.alerts, result.years),
    result.openDays.toFixed(1),
    count(result.realerts),
  ]),
);

// 3. Why at least 20 answers per window.
const CALIBRATION_N = [10, 20, 35, 50, 100];
const CALIBRATION_REPLICATIONS = 20_000;
console.log(
  `\n### One test alone: share of stable pairs of windows with p < ${SCORE_DROP_DEFAULTS.alpha} ` +
    `(${count(CALIBRATION_REPLICATIONS)} pairs per cell, baseline 4 × the recent n; ideal ${share(SCORE_DROP_DEFAULTS.alpha)})\n`,
);
printTable(
  ['metric', ...CALIBRATION_N.map((n) => `recent n = ${n}`)],
  TYPES.map((type, t) => [
    type.toUpperCase(),
    ...CALIBRATION_N.map(
      (recentN) =>
        `${(
          100 *
            perTestRate({
              type,
              recentN,
              alpha: SCORE_DROP_DEFAULTS.alpha,
              replications: CALIBRATION_REPLICATIONS,
              seed: SEED + 5_000_000 + 1_000 * t + recentN,
            })
        ).toFixed(2)} %`,
    ),
  ]),
);

// 4. Detection delays at the defaults.
const DELAY_CASES: { type: SurveyType; volume: number; drop: number }[] = [
  ...VOLUMES.flatMap((volume) =>
    [5, 10, 20].map((drop) => ({ type: 'nps' as const, volume, drop })),
  ),
  ...[5, 10].map((drop) => ({ type: 'csat' as const, volume: HEADLINE_VOLUME, drop })),
  ...[0.25, 0.5].map((drop) => ({ type: 'ces' as const, volume: HEADLINE_VOLUME, drop })),
];
const delays = DELAY_CASES.map((cell, i) => ({
  ...cell,
  delays: (
    detectionDelays({
      ...cell,
      surveys: SURVEYS,
      seed: SEED + 7_000_000 + 10_000 * i,
      configs: [koe],
    })[0] as DelayResult
  ).delays,
}));
console.log(
  `\n### Score drop at the defaults: days from a lasting drop to the alert (${count(SURVEYS)} surveys per row)\n`,
);
printTable(
  [
    'metric',
    'answers / day',
    'drop',
    'median days',
    'P90',
    '≤ 7 d',
    '≤ 14 d',
    '≤ 28 d',
    `not within ${DELAY_HORIZON} d`,
  ],
  delays.map(({ type, volume, drop, delays: d }) => [
    type.toUpperCase(),
    count(volume),
    `${drop} ${UNITS[type]}`,
    days(quantile(d, 0.5)),
    days(quantile(d, 0.9)),
    share(shareAtMost(d, 7)),
    share(shareAtMost(d, 14)),
    share(shareAtMost(d, 28)),
    share(1 - shareAtMost(d, DELAY_HORIZON)),
  ]),
);

// 5. Episodes: one alert per drop, one all clear after it.
const recovery = recoveries({
  type: 'nps',
  volume: HEADLINE_VOLUME,
  drop: 20,
  dropDays: 28,
  surveys: SURVEYS,
  seed: SEED + 8_000_000,
  settings: koe.settings,
});
const detected = recovery.alerts.filter((a) => a > 0).length;
console.log(
  `\n### Episodes: NPS ${HEADLINE_VOLUME} a day drops 20 points for 28 days, then recovers (${count(SURVEYS)} surveys)\n`,
);
printTable(
  [
    'alerted',
    'exactly one alert',
    'more than one (till 28 d after the all clear)',
    'all clear: median days after recovery',
    'P90',
    `no all clear within ${DELAY_HORIZON} d`,
  ],
  [
    [
      share(detected / SURVEYS),
      share(recovery.alerts.filter((a) => a === 1).length / SURVEYS),
      share(recovery.alerts.filter((a) => a > 1).length / SURVEYS),
      days(quantile(recovery.clearDelays, 0.5)),
      days(quantile(recovery.clearDelays, 0.9)),
      share(1 - shareAtMost(recovery.clearDelays, DELAY_HORIZON)),
    ],
  ],
);

// 6. groupBy with Benjamini–Hochberg, and scores that wobble from day to day.
const SEGMENTS = 5;
const segmentVolume = HEADLINE_VOLUME / SEGMENTS;
const segments = segmentFalseAlerts({
  type: 'nps',
  segments: SEGMENTS,
  volume: segmentVolume,
  years: YEARS,
  seed: SEED + 9_000_000,
  settings: koe.settings,
});
const WOBBLE = 5;
const wobbly = falseAlerts({
  type: 'nps',
  volume: HEADLINE_VOLUME,
  years: YEARS,
  seed: SEED + 10_000_000,
  configs: [koe],
  wobble: WOBBLE,
})[0] as ReturnType<typeof falseAlerts>[number];
console.log('\n### Beyond one steady survey (NPS, defaults)\n');
printTable(
  ['case', 'false alerts / survey-year (95 % CI)'],
  [
    [
      `groupBy over ${SEGMENTS} stable segments of ${segmentVolume} a day, Benjamini–Hochberg across them (koe)`,
      perYear(segments.withBh * YEARS, YEARS),
    ],
    [
      `the same ${SEGMENTS} segments, each tested alone at α`,
      perYear(segments.withoutBh * YEARS, YEARS),
    ],
    [
      `${HEADLINE_VOLUME} a day, true NPS moving day to day (SD ${WOBBLE} points)`,
      perYear(wobbly.alerts, wobbly.years),
    ],
  ],
);

// 7. Volume-drop and silence.
const VOLUME_SITES = [
  ...VOLUMES.map((volume) => ({ volume, daySwing: 0 })),
  { volume: HEADLINE_VOLUME, daySwing: 0.2 },
];
const swingText = (s: number) => (s === 0 ? 'Poisson' : `± ${Math.round(100 * s)} % a day`);
const volumeFalse = VOLUME_SITES.map((site, i) =>
  volumeFalseAlerts({
    site,
    years: YEARS,
    seed: SEED + 11_000_000 + 10_000 * i,
    volumeDrop: VOLUME_DROP_DEFAULTS,
    silence: SILENCE_DEFAULTS,
  }),
);
console.log(
  `\n### Volume-drop and silence at the defaults: false alerts per site-year (${count(YEARS)} site-years each)\n`,
);
printTable(
  ['answers / day', 'daily volume', 'volume-drop (95 % CI)', 'silence (95 % CI)'],
  volumeFalse.map((r) => [
    count(r.site.volume),
    swingText(r.site.daySwing),
    perYear(r.volumeDrop * r.years, r.years),
    perYear(r.silence * r.years, r.years),
  ]),
);
const WEEK_HOURS = 168;
const changes = VOLUMES.map((volume, i) => ({
  volume,
  stop: changeDelays({
    site: { volume, daySwing: 0 },
    keep: 0,
    hour: 12,
    sites: SURVEYS,
    seed: SEED + 12_000_000 + 10_000 * i,
    volumeDrop: VOLUME_DROP_DEFAULTS,
    silence: SILENCE_DEFAULTS,
  }),
  partial: changeDelays({
    site: { volume, daySwing: 0 },
    keep: 0.4,
    hour: 0,
    sites: SURVEYS,
    seed: SEED + 13_000_000 + 10_000 * i,
    volumeDrop: VOLUME_DROP_DEFAULTS,
    silence: SILENCE_DEFAULTS,
  }),
}));
console.log(
  `\n### Volume-drop and silence: hours until the alert (${count(SURVEYS)} sites per row; a weekday, Poisson volume)\n`,
);
printTable(
  [
    'answers / day',
    'widget stops at noon: silence, median h',
    'P90',
    'volume-drop, median h',
    'P90',
    'answers fall to 40 % at midnight: volume-drop, median h',
    'P90',
  ],
  changes.map(({ volume, stop, partial }) => [
    count(volume),
    hours(quantile(stop.silence, 0.5), WEEK_HOURS),
    hours(quantile(stop.silence, 0.9), WEEK_HOURS),
    hours(quantile(stop.volumeDrop, 0.5), WEEK_HOURS),
    hours(quantile(stop.volumeDrop, 0.9), WEEK_HOURS),
    hours(quantile(partial.volumeDrop, 0.5), WEEK_HOURS),
    hours(quantile(partial.volumeDrop, 0.9), WEEK_HOURS),
  ]),
);

// The goal, and the headline rows.
const headline = choiceFalse[koeChoice] as (typeof choiceFalse)[number];
const [, upper] = poissonInterval(headline.alerts);
if (headline.alerts / headline.years > GOAL) {
  fail(
    `the defaults raise ${rate(headline.alerts / headline.years)} false alerts per survey-year (goal ≤ ${GOAL})`,
  );
}
if (upper / headline.years > GOAL) {
  console.log(
    `Note: the 95 % interval of the false-alert rate reaches ${rate(upper / headline.years)}, above the goal.`,
  );
}
const issueFalse = choiceFalse[0] as (typeof choiceFalse)[number];
const koeTen = choiceDelays.get(10)?.[koeChoice]?.delays ?? [];
const issueTen = choiceDelays.get(10)?.[0]?.delays ?? [];
const headlineSilence = changes.find((c) => c.volume === HEADLINE_VOLUME)?.stop.silence ?? [];
const headlineVolume = volumeFalse.find(
  (r) => r.site.volume === HEADLINE_VOLUME && r.site.daySwing === 0,
);
const section = `alerts: NPS at ${HEADLINE_VOLUME} answers a day, koe's defaults vs daily p < 0.01 alerting at once (simulated)`;
const rows: SummaryRow[] = [
  {
    section,
    what: 'false score-drop alerts per survey-year (goal ≤ 1)',
    koe: rate(headline.alerts / headline.years),
    baseline: rate(issueFalse.alerts / issueFalse.years),
    ratio: `${(headline.alerts / issueFalse.alerts).toFixed(2)}×`,
  },
  {
    section,
    what: '10-point drop: share alerted within 14 days',
    koe: share(shareAtMost(koeTen, 14)),
    baseline: share(shareAtMost(issueTen, 14)),
    ratio: `${Math.round(100 * (shareAtMost(koeTen, 14) - shareAtMost(issueTen, 14)))} pts`,
  },
  {
    section,
    what: '10-point drop: median days to the alert',
    koe: days(quantile(koeTen, 0.5)),
    baseline: days(quantile(issueTen, 0.5)),
    ratio: 'days',
  },
  {
    section,
    what: 'widget stopped at noon: median hours to the silence alert',
    koe: hours(quantile(headlineSilence, 0.5), WEEK_HOURS),
    baseline: '',
    ratio: 'hours',
  },
  {
    section,
    what: 'false volume-drop + silence alerts per site-year',
    koe: rate((headlineVolume?.volumeDrop ?? 0) + (headlineVolume?.silence ?? 0)),
    baseline: '',
    ratio: 'per year',
  },
];
writeResults({
  name: 'alerts',
  rows,
  notes: [
    `Alerts: ${count(YEARS)} seeded simulated survey-years per configuration (Poisson answers, weekday and hour seasonality), evaluated by koe's core alert functions; drops are lasting and start on a random day (docs/statistics.md, "Alerts").`,
  ],
});
const cpu = process.cpuUsage(cpuStart);
console.log(`\nCPU: ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s.`);
if (failures > 0) process.exitCode = 1;
