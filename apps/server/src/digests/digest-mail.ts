// The digest (digest-data.ts) as an email: a subject, a plain-text part and
// an HTML part that mail clients render alike — tables for layout, inline
// styles only, at most 600 px wide and fluid down to 320 px, no script, no
// SVG, no image to fetch; the trend is drawn with table cells (width and
// background colour), each bar labelled with its value and n. Every text
// that people typed (site and survey names, reason labels, comments) is
// escaped. The wording never claims a change that is not significant
// (p < 0.05) and says when a score rests on too few answers. The headers
// give one-click unsubscribe (List-Unsubscribe and List-Unsubscribe-Post,
// RFC 8058); sending, signing (DKIM) and scheduling are the caller's.
import { LOW_N_THRESHOLDS, SCALES, type SurveyType } from '@koe/core';
import { escapeHtml } from '../api-reference/markup';
import type { DigestData, DigestScore, DigestTrendPoint } from './digest-data';

export interface DigestMailOptions {
  /** One address. */
  to: string;
  /** Where "Open the survey" leads (the dashboard's page of the survey). */
  surveyUrl: string;
  /** The one-click unsubscribe URL: GET shows a page, POST unsubscribes (RFC 8058). */
  unsubscribeUrl: string;
  /** BCP 47 tag for numbers and dates (default en); the wording is English. */
  locale?: string;
}

export interface DigestMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

const METRIC_NAMES: Record<SurveyType, string> = { nps: 'NPS', csat: 'CSAT', ces: 'CES' };
const DECIMALS: Record<SurveyType, number> = { nps: 1, csat: 1, ces: 2 };
const UNIT: Record<SurveyType, string> = { nps: '', csat: '%', ces: '' };
/** Where a bar starts: NPS at 0 in the middle of −100…100, CSAT at 0 %, CES at 1. */
const BAR_BASE: Record<SurveyType, number> = { nps: 0, csat: 0, ces: 1 };
const SCORE_DOMAIN: Record<SurveyType, [number, number]> = {
  nps: [-100, 100],
  csat: [0, 100],
  ces: [SCALES.ces.min, SCALES.ces.max],
};
/** Longest comment shown; the rest is in the dashboard. */
const MAX_COMMENT_CHARS = 480;

const COLOR = {
  page: '#f3f4f6',
  card: '#ffffff',
  ink: '#111827',
  muted: '#4b5563',
  faint: '#6b7280',
  rule: '#e5e7eb',
  accent: '#4338ca',
  bar: '#6366f1',
  barCurrent: '#3730a3',
  track: '#eef2ff',
  axis: '#9ca3af',
  up: '#047857',
  down: '#b91c1c',
  quote: '#c7d2fe',
};
const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

/** An http(s) URL, normalised; throws on anything else (javascript:, data:, header breaks). */
function safeUrl(url: string, name: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError(`${name} is not a URL`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new TypeError(`${name} must be an http(s) URL`);
  if (/[\s<>"]/.test(parsed.href))
    throw new TypeError(`${name} has characters a header cannot hold`);
  return parsed.href;
}

/** One line of a header or subject: control characters and line breaks become spaces. */
function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
}

function localeOf(locale: string | undefined): string {
  try {
    return new Intl.NumberFormat(locale ?? 'en').resolvedOptions().locale;
  } catch {
    return 'en';
  }
}

/** Number and date wording in one locale and zone. */
function formatters(type: SurveyType, locale: string, timeZone: string) {
  const numberFormat = (decimals: number) =>
    new Intl.NumberFormat(locale, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
  const scoreNumber = numberFormat(DECIMALS[type]);
  const percent = numberFormat(0);
  const count = new Intl.NumberFormat(locale);
  const score = (value: number | null) =>
    value === null ? '–' : `${scoreNumber.format(value).replace('-', '−')}${UNIT[type]}`;
  return {
    score,
    interval: (s: DigestScore) =>
      s.low === null || s.high === null ? null : `${score(s.low)} to ${score(s.high)}`,
    /** A difference with its sign; CSAT differences are percentage points. */
    delta: (value: number) =>
      `${value > 0 ? '+' : value < 0 ? '−' : '±'}${scoreNumber.format(Math.abs(value))}${
        type === 'csat' ? ' pt' : ''
      }`,
    number: (value: number) => scoreNumber.format(value).replace('-', '−'),
    points: (value: number) =>
      `${scoreNumber.format(Math.abs(value))} ${type === 'csat' ? 'percentage points' : 'points'}`,
    percent: (value: number | null) => (value === null ? '–' : `${percent.format(value)}%`),
    count: (n: number) => count.format(n),
    /** Three decimals, as the dashboard; never rounded up to 0.050 when it is below 0.05. */
    p: (p: number) =>
      p < 0.001
        ? 'p < 0.001'
        : p < 0.05 && Number(p.toFixed(3)) >= 0.05
          ? 'p < 0.05'
          : `p = ${numberFormat(3).format(p)}`,
    date: (instant: number, options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat(locale, { timeZone, ...options }).format(instant),
    range: (from: number, to: number, options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat(locale, { timeZone, ...options }).formatRange(from, to),
  };
}

type Formatters = ReturnType<typeof formatters>;

const answers = (f: Formatters, n: number) => `${f.count(n)} ${n === 1 ? 'answer' : 'answers'}`;

/** The facts of the digest as sentences, shared by the text and the HTML parts. */
function sentences(data: DigestData, f: Formatters) {
  const { type } = data.survey;
  const metric = METRIC_NAMES[type];
  const unit = data.interval;
  const cadence = unit === 'week' ? 'Weekly' : 'Monthly';
  const last = data.period.to - 1;
  const periodLabel =
    unit === 'week'
      ? `Week of ${f.range(data.period.from, last, { day: 'numeric', month: 'short', year: 'numeric' })}`
      : f.date(data.period.from, { month: 'long', year: 'numeric' });
  const { score, previous, comparison } = data;
  const interval = f.interval(score);

  let scoreLine: string;
  let lowNLine: string | null = null;
  if (score.n === 0) scoreLine = `No answers this ${unit}.`;
  else {
    scoreLine = `${metric} ${f.score(score.value)}${interval ? ` (95% interval ${interval})` : ''} from ${answers(f, score.n)}.`;
    if (score.lowN)
      lowNLine = `Too few answers to trust this score: a reliable interval needs at least ${LOW_N_THRESHOLDS[type]}.`;
  }

  // The previous period has the same length (as the metrics API compares): a
  // week before a week; before a month, as many days as the month has.
  const days = Math.round((data.period.to - data.period.from) / 86_400_000);
  const before = unit === 'week' ? 'the previous week' : `the ${days} days before`;
  const previousText =
    previous.n === 0 ? null : `${f.score(previous.value)}, ${answers(f, previous.n)}`;
  let change: { text: string; direction: 'up' | 'down' | null };
  if (comparison.delta === null || previousText === null)
    change = {
      text:
        score.n === 0
          ? `Nothing to compare with ${before}.`
          : `No comparison: ${before} had no answers.`,
      direction: null,
    };
  else if (comparison.significant && comparison.p !== null && comparison.delta !== 0) {
    const up = comparison.delta > 0;
    change = {
      text: `${up ? 'Up' : 'Down'} ${f.delta(comparison.delta)} from ${before} (${previousText}): a significant change (${f.p(comparison.p)}).`,
      direction: up ? 'up' : 'down',
    };
  } else
    change = {
      text:
        comparison.p === null
          ? `No significant change from ${before} (${previousText}): the difference of ${f.delta(comparison.delta)} cannot be tested.`
          : `No significant change from ${before} (${previousText}): a difference of ${f.delta(comparison.delta)} is within chance (${f.p(comparison.p)}).`,
      direction: null,
    };

  const byImpact = data.reasonsRankedBy === 'impact';
  const reasonsTitle = byImpact ? `Top reasons by impact on ${metric}` : 'Most cited reasons';
  const reasonsNote = byImpact
    ? `How many points ${metric} would move if the answers citing a reason scored like the others.`
    : score.n === 0
      ? ''
      : 'Too few answers to tell each reason’s impact: ranked by how often cited.';
  const reasons = data.reasons.map((reason) => {
    const cited = `${answers(f, reason.count)} (${f.percent(reason.percent)})`;
    let impact: string | null = null;
    if (byImpact && reason.impact !== null) {
      // "costs" and "adds" read the interval in their own direction.
      const sign = reason.impact < 0 ? -1 : 1;
      const ends =
        reason.impactLow === null || reason.impactHigh === null
          ? null
          : [sign * reason.impactLow, sign * reason.impactHigh].sort((a, b) => a - b);
      const interval = ends
        ? ` (95% interval ${f.number(ends[0] as number)} to ${f.number(ends[1] as number)})`
        : '';
      impact =
        reason.impact === 0
          ? 'no effect on the score'
          : `${sign > 0 ? 'costs' : 'adds'} ${f.points(reason.impact)}${interval}`;
    }
    return { label: reason.label, cited, impact };
  });

  const trendTitle = `${metric} per ${unit}, last ${data.trend.length} ${unit}s`;
  const trend = data.trend.map((point) => ({
    label:
      unit === 'week'
        ? f.date(point.from, { day: 'numeric', month: 'short' })
        : f.date(point.from, { month: 'short', year: 'numeric' }),
    value: point.value === null ? '–' : f.score(point.value),
    n: `n ${f.count(point.n)}`,
  }));
  const trendNote = `– : fewer than ${LOW_N_THRESHOLDS[type]} answers, too few to show a score.`;

  const status =
    score.n === 0
      ? 'no answers'
      : score.lowN
        ? 'too few answers'
        : change.direction
          ? `${change.direction} ${f.delta(comparison.delta as number)}, significant`
          : 'no significant change';
  const subject = oneLine(
    `${data.survey.name}: ${score.n === 0 ? `no answers this ${unit}` : `${metric} ${f.score(score.value)} this ${unit}`}${
      score.n === 0 ? '' : ` (${status})`
    }`,
  );
  return {
    metric,
    cadence,
    periodLabel,
    scoreLine,
    lowNLine,
    change,
    reasonsTitle,
    reasonsNote,
    reasons,
    trendTitle,
    trend,
    trendNote,
    subject,
    preheader: `${periodLabel}: ${score.n === 0 ? `no answers` : `${metric} ${f.score(score.value)}, ${answers(f, score.n)}`}; ${status}.`,
    zoneNote: `Dates are in ${data.timeZone} time.`,
    footer: `You get this ${cadence.toLowerCase()} digest of ${data.survey.name} (${data.site.name}) from koe.`,
  };
}

function clip(text: string): string {
  const chars = [...text];
  return chars.length <= MAX_COMMENT_CHARS
    ? text
    : `${chars.slice(0, MAX_COMMENT_CHARS).join('')}…`;
}

function textPart(
  data: DigestData,
  s: ReturnType<typeof sentences>,
  urls: { survey: string; unsubscribe: string },
): string {
  const lines = [
    `${s.cadence} digest: ${data.survey.name} (${data.site.name})`,
    `${s.periodLabel}. ${s.zoneNote}`,
    '',
    s.scoreLine,
    ...(s.lowNLine ? [s.lowNLine] : []),
    s.change.text,
  ];
  if (s.reasons.length) {
    lines.push('', s.reasonsTitle);
    if (s.reasonsNote) lines.push(s.reasonsNote);
    for (const r of s.reasons)
      lines.push(`- ${r.label}: ${r.cited}${r.impact ? `, ${r.impact}` : ''}`);
  }
  lines.push('', 'Recent comments');
  if (data.comments.length)
    for (const comment of data.comments)
      lines.push(`- "${clip(comment.text).replace(/\s*\n\s*/g, ' / ')}"`);
  else lines.push(`No comments this ${data.interval}.`);
  lines.push('', s.trendTitle);
  const width = Math.max(...s.trend.map((t) => t.label.length));
  for (const t of s.trend) lines.push(`${t.label.padEnd(width)}  ${t.value.padStart(7)}  ${t.n}`);
  lines.push(s.trendNote, '', `Open the survey: ${urls.survey}`, '', s.footer);
  lines.push(`Unsubscribe: ${urls.unsubscribe}`);
  return `${lines.join('\n')}\n`;
}

// ---- HTML ----------------------------------------------------------------

const TABLE = 'role="presentation" cellpadding="0" cellspacing="0" border="0"';

function fill(percent: number, color: string, height: number, zeroLine: boolean): string {
  const width = `${percent.toFixed(2)}%`;
  const line = zeroLine ? `border-left:1px solid ${COLOR.axis};` : '';
  return `<td width="${width}" style="width:${width};height:${height}px;${line}background-color:${color};font-size:0;line-height:0">&nbsp;</td>`;
}

/**
 * A track of the score's domain with the bar from its base to the value.
 * Where the base is inside the domain (NPS 0), a line marks it.
 */
function barTrack(type: SurveyType, value: number | null, color: string): string {
  const height = 14;
  const [min, max] = SCORE_DOMAIN[type];
  const at = (v: number) => (100 * (Math.min(max, Math.max(min, v)) - min)) / (max - min);
  const base = at(BAR_BASE[type]);
  // The bar's [start, end) in percent of the track; a score at the base still
  // shows a sliver, so that the bar is seen to exist.
  let bar: [number, number] | null = null;
  if (value !== null) {
    const end = at(value);
    const width = Math.max(Math.abs(end - base), 0.8);
    const start = end < base ? base - width : base;
    bar = [start, start + width];
  }
  const edges = [...new Set([0, base, ...(bar ?? []), 100])]
    .filter((edge) => edge >= 0 && edge <= 100)
    .sort((a, b) => a - b);
  const cells: string[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const from = edges[i] as number;
    const to = edges[i + 1] as number;
    if (to - from < 0.01) continue;
    const inBar = bar !== null && from >= bar[0] && to <= bar[1];
    cells.push(fill(to - from, inBar ? color : COLOR.track, height, from === base && base > 0));
  }
  return `<table ${TABLE} width="100%" style="width:100%;table-layout:fixed;border-collapse:collapse"><tr>${cells.join('')}</tr></table>`;
}

function trendHtml(data: DigestData, s: ReturnType<typeof sentences>): string {
  const { type } = data.survey;
  const last = data.trend.length - 1;
  const rows = data.trend.map((point: DigestTrendPoint, i) => {
    const t = s.trend[i] as (typeof s.trend)[number];
    const current = i === last;
    const weight = current ? 'font-weight:700;' : '';
    const ink = point.value === null ? COLOR.faint : COLOR.ink;
    return `<tr>
<td width="64" style="width:64px;padding:3px 8px 3px 0;${FONT};font-size:12px;line-height:16px;color:${COLOR.muted};white-space:nowrap;${weight}">${escapeHtml(t.label)}</td>
<td style="padding:3px 0">${barTrack(type, point.value, current ? COLOR.barCurrent : COLOR.bar)}</td>
<td width="96" align="right" style="width:96px;padding:3px 0 3px 8px;${FONT};font-size:12px;line-height:16px;color:${ink};white-space:nowrap;${weight}">${escapeHtml(t.value)} <span style="color:${COLOR.faint};font-weight:400">${escapeHtml(t.n)}</span></td>
</tr>`;
  });
  const [min, max] = SCORE_DOMAIN[type];
  const fmt = (v: number) => `${v < 0 ? '−' : ''}${Math.abs(v)}${UNIT[type]}`;
  const axis =
    type === 'nps'
      ? `<td align="left" style="${FONT};font-size:11px;color:${COLOR.faint}">${fmt(min)}</td><td align="center" style="${FONT};font-size:11px;color:${COLOR.faint}">0</td><td align="right" style="${FONT};font-size:11px;color:${COLOR.faint}">${fmt(max)}</td>`
      : `<td align="left" style="${FONT};font-size:11px;color:${COLOR.faint}">${fmt(min)}</td><td align="right" style="${FONT};font-size:11px;color:${COLOR.faint}">${fmt(max)}</td>`;
  return `<table ${TABLE} width="100%" style="width:100%;table-layout:fixed;border-collapse:collapse">
${rows.join('\n')}
<tr><td width="64" style="width:64px"></td><td style="padding:2px 0 0 0"><table ${TABLE} width="100%" style="width:100%;table-layout:fixed"><tr>${axis}</tr></table></td><td width="96" style="width:96px"></td></tr>
</table>`;
}

function section(title: string, body: string, note = ''): string {
  return `<tr><td style="padding:20px 24px 0 24px">
<h2 style="margin:0 0 4px 0;${FONT};font-size:16px;line-height:22px;color:${COLOR.ink}">${escapeHtml(title)}</h2>
${note ? `<p style="margin:0 0 8px 0;${FONT};font-size:12px;line-height:17px;color:${COLOR.faint}">${escapeHtml(note)}</p>` : ''}
${body}
</td></tr>`;
}

function reasonsHtml(s: ReturnType<typeof sentences>): string {
  const rows = s.reasons.map(
    (r, i) => `<tr>
<td style="padding:8px 0;${i ? `border-top:1px solid ${COLOR.rule};` : ''}${FONT};font-size:14px;line-height:20px;color:${COLOR.ink};word-break:break-word;overflow-wrap:anywhere">
<strong>${escapeHtml(r.label)}</strong><br>
<span style="font-size:13px;color:${COLOR.muted}">${escapeHtml(r.cited)}${r.impact ? ` · ${escapeHtml(r.impact)}` : ''}</span>
</td></tr>`,
  );
  return `<table ${TABLE} width="100%" style="width:100%;table-layout:fixed">${rows.join('\n')}</table>`;
}

function commentsHtml(data: DigestData): string {
  if (!data.comments.length)
    return `<p style="margin:0;${FONT};font-size:14px;line-height:20px;color:${COLOR.muted}">No comments this ${data.interval}.</p>`;
  const rows = data.comments.map(
    (comment) => `<tr><td style="padding:0 0 10px 0">
<table ${TABLE} width="100%" style="width:100%;table-layout:fixed"><tr>
<td style="border-left:3px solid ${COLOR.quote};padding:2px 0 2px 12px;${FONT};font-size:14px;line-height:20px;color:${COLOR.ink};word-break:break-word;overflow-wrap:anywhere">${escapeHtml(
      clip(comment.text),
    ).replace(/\r?\n/g, '<br>')}</td>
</tr></table>
</td></tr>`,
  );
  return `<table ${TABLE} width="100%" style="width:100%;table-layout:fixed">${rows.join('\n')}</table>`;
}

function htmlPart(
  data: DigestData,
  s: ReturnType<typeof sentences>,
  f: Formatters,
  urls: { survey: string; unsubscribe: string },
): string {
  const { score } = data;
  const changeColor =
    s.change.direction === 'up'
      ? COLOR.up
      : s.change.direction === 'down'
        ? COLOR.down
        : COLOR.muted;
  const arrow = s.change.direction === 'up' ? '▲ ' : s.change.direction === 'down' ? '▼ ' : '';
  const big = score.n === 0 ? '–' : f.score(score.value);
  const interval = f.interval(score);
  const facts =
    score.n === 0
      ? `No answers this ${data.interval}.`
      : `${interval ? `95% interval ${interval} · ` : ''}${answers(f, score.n)}`;
  const lowN = s.lowNLine
    ? `<p style="margin:8px 0 0 0;padding:8px 10px;background-color:#fef3c7;border-radius:4px;${FONT};font-size:13px;line-height:18px;color:#78350f">${escapeHtml(s.lowNLine)}</p>`
    : '';
  const header = `<tr><td style="padding:20px 24px 16px 24px;background-color:${COLOR.accent};border-radius:8px 8px 0 0">
<p style="margin:0;${FONT};font-size:12px;line-height:16px;color:#e0e7ff;letter-spacing:0.04em;text-transform:uppercase">${escapeHtml(s.cadence)} digest · ${escapeHtml(data.site.name)}</p>
<h1 style="margin:4px 0 0 0;${FONT};font-size:22px;line-height:28px;color:#ffffff;word-break:break-word;overflow-wrap:anywhere">${escapeHtml(data.survey.name)}</h1>
<p style="margin:4px 0 0 0;${FONT};font-size:14px;line-height:20px;color:#e0e7ff">${escapeHtml(s.periodLabel)}</p>
</td></tr>`;
  const scoreBlock = `<tr><td style="padding:20px 24px 0 24px">
<p style="margin:0;${FONT};font-size:13px;line-height:18px;color:${COLOR.muted}">${escapeHtml(s.metric)} this ${data.interval}</p>
<p style="margin:2px 0 0 0;${FONT};font-size:40px;line-height:46px;font-weight:700;color:${score.lowN ? COLOR.faint : COLOR.ink}">${escapeHtml(big)}</p>
<p style="margin:2px 0 0 0;${FONT};font-size:13px;line-height:18px;color:${COLOR.muted}">${escapeHtml(facts)}</p>
${lowN}
<p style="margin:10px 0 0 0;${FONT};font-size:14px;line-height:20px;color:${changeColor};${s.change.direction ? 'font-weight:700;' : ''}">${arrow}${escapeHtml(s.change.text)}</p>
</td></tr>`;
  const reasons = s.reasons.length ? section(s.reasonsTitle, reasonsHtml(s), s.reasonsNote) : '';
  const button = `<tr><td style="padding:24px 24px 0 24px">
<table ${TABLE}><tr><td style="background-color:${COLOR.accent};border-radius:6px"><a href="${escapeHtml(urls.survey)}" style="display:inline-block;padding:10px 18px;${FONT};font-size:14px;line-height:20px;font-weight:700;color:#ffffff;text-decoration:none">Open the survey in koe</a></td></tr></table>
</td></tr>`;
  const footer = `<tr><td style="padding:24px 24px 20px 24px">
<p style="margin:0;padding-top:12px;border-top:1px solid ${COLOR.rule};${FONT};font-size:12px;line-height:18px;color:${COLOR.faint}">${escapeHtml(s.footer)} ${escapeHtml(s.zoneNote)} <a href="${escapeHtml(urls.unsubscribe)}" style="color:${COLOR.faint};text-decoration:underline">Unsubscribe</a></p>
</td></tr>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="supported-color-schemes" content="light">
<title>${escapeHtml(s.subject)}</title>
</head>
<body style="margin:0;padding:0;background-color:${COLOR.page};-webkit-text-size-adjust:100%">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">${escapeHtml(s.preheader)}</div>
<table ${TABLE} width="100%" style="width:100%;background-color:${COLOR.page}"><tr><td align="center" style="padding:16px 8px">
<table ${TABLE} width="100%" style="width:100%;max-width:600px;min-width:280px;background-color:${COLOR.card};border-radius:8px;border-collapse:separate">
${header}
${scoreBlock}
${reasons}
${section('Recent comments', commentsHtml(data))}
${section(s.trendTitle, trendHtml(data, s), s.trendNote)}
${button}
${footer}
</table>
</td></tr></table>
</body>
</html>
`;
}

/** The digest as a message to one address; throws on a URL or address it cannot put in a mail safely. */
export function digestMail(data: DigestData, options: DigestMailOptions): DigestMail {
  const to = options.to.trim();
  if (!to.includes('@') || /[\s<>,;]/.test(to)) throw new TypeError('to must be one email address');
  const urls = {
    survey: safeUrl(options.surveyUrl, 'surveyUrl'),
    unsubscribe: safeUrl(options.unsubscribeUrl, 'unsubscribeUrl'),
  };
  const f = formatters(data.survey.type, localeOf(options.locale), data.timeZone);
  const s = sentences(data, f);
  return {
    to,
    subject: s.subject,
    text: textPart(data, s, urls),
    html: htmlPart(data, s, f, urls),
    headers: {
      'List-Unsubscribe': `<${urls.unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
