// The first question inside an email: the scale as links to the hosted page
// (/s/{id}?score=N, with the recipient's token when there is one), in tables
// and inline styles that Gmail, Outlook and Apple Mail render alike, and as
// plain text. A click stores the score at once and opens the follow-up.
import { SCALES, type SurveyType, type WidgetSurvey } from '@koe/core';
import { escapeHtml } from '../escape-html';

const text = (value: Record<string, string> | undefined, locale: string, fallback: string) =>
  value?.[locale] ?? value?.[fallback] ?? Object.values(value ?? {})[0] ?? '';

export interface EmailSnippet {
  html: string;
  text: string;
  /** The score links, lowest first. */
  links: Array<{ score: number; url: string }>;
}

const DEFAULT_ENDS: Record<SurveyType, [string, string]> = {
  nps: ['Not at all likely', 'Extremely likely'],
  csat: ['Very unsatisfied', 'Very satisfied'],
  ces: ['Strongly disagree', 'Strongly agree'],
};

export function emailSnippet(
  survey: WidgetSurvey,
  options: { baseUrl: string; locale: string; token?: string },
): EmailSnippet {
  const { baseUrl, locale, token } = options;
  const { min, max } = SCALES[survey.type];
  const accent = /^#[0-9a-f]{3,8}$/i.test(survey.theme?.accent ?? '')
    ? survey.theme.accent
    : '#4f46e5';
  const question = text(survey.question, locale, survey.defaultLocale);
  const words = survey.words[locale] ?? survey.words[survey.defaultLocale];
  const [lowDefault, highDefault] = DEFAULT_ENDS[survey.type];
  const low =
    text(survey.scaleLabels?.low, locale, survey.defaultLocale) || words?.low || lowDefault;
  const high =
    text(survey.scaleLabels?.high, locale, survey.defaultLocale) || words?.high || highDefault;
  const links: EmailSnippet['links'] = [];
  for (let score = min; score <= max; score++) {
    const url = new URL(`/s/${encodeURIComponent(survey.id)}`, baseUrl);
    if (token) url.searchParams.set('t', token);
    else url.searchParams.set('c', 'email');
    url.searchParams.set('score', String(score));
    links.push({ score, url: url.href });
  }
  // 11 cells must fit a 320 px phone: 26 px each plus spacing.
  const cells = links
    .map(
      ({ score, url }) =>
        `<td align="center" style="padding:2px"><a href="${escapeHtml(url)}" style="display:block;min-width:24px;padding:10px 0;border:1px solid ${accent};border-radius:6px;color:${accent};font:600 16px/1 Arial,Helvetica,sans-serif;text-decoration:none;text-align:center">${score}</a></td>`,
    )
    .join('');
  const html = `<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%" style="max-width:560px;border-collapse:collapse;font-family:Arial,Helvetica,sans-serif">
<tr><td style="padding:0 0 12px;font:600 18px/1.4 Arial,Helvetica,sans-serif;color:#1d1d1f">${escapeHtml(question)}</td></tr>
<tr><td><table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%" style="border-collapse:collapse;table-layout:fixed"><tr>${cells}</tr></table></td></tr>
<tr><td><table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%"><tr><td style="padding-top:6px;font:13px/1.3 Arial,Helvetica,sans-serif;color:#555">${escapeHtml(low)}</td><td align="right" style="padding-top:6px;font:13px/1.3 Arial,Helvetica,sans-serif;color:#555">${escapeHtml(high)}</td></tr></table></td></tr>
</table>`;
  const plain = [
    question,
    '',
    `${min} = ${low}, ${max} = ${high}`,
    ...links.map(({ score, url }) => `${score}: ${url}`),
    '',
  ].join('\n');
  return { html, text: plain, links };
}
