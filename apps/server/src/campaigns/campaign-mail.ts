// The email of a campaign round (and its reminder): the team's intro, the
// survey's first question with the scale as the recipient's personal links
// (links/email-snippet.ts), and a footer saying who asks and how to stop. The
// headers give one-click unsubscribe (List-Unsubscribe, RFC 8058). Words of
// the frame follow the recipient's language where koe has them (English and
// Japanese), the question follows the survey's.
import type { WidgetSurvey } from '@koe/core';
import { escapeHtml } from '../escape-html';
import { emailSnippet } from '../links/email-snippet';

export interface CampaignMail {
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

const WORDS = {
  en: {
    reminder: 'Reminder: ',
    why: (site: string) => `You are getting this because ${site} asked for your feedback.`,
    unsubscribe: 'Unsubscribe',
    noMore: 'to get no more of these emails',
  },
  ja: {
    reminder: 'リマインダー: ',
    why: (site: string) => `${site} からのアンケートのご案内です。`,
    unsubscribe: '配信停止',
    noMore: '（今後このメールは届きません）',
  },
} as const;

const wordsFor = (locale: string) => (locale.toLowerCase().startsWith('ja') ? WORDS.ja : WORDS.en);

const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
const TABLE = 'role="presentation" cellpadding="0" cellspacing="0" border="0"';

export function campaignMail(options: {
  survey: WidgetSurvey;
  siteName: string;
  locale: string;
  subject: string | null;
  intro: string | null;
  token: string;
  baseUrl: string;
  unsubscribeUrl: string;
  reminder: boolean;
}): CampaignMail {
  const { survey, siteName, locale, intro, token, baseUrl, unsubscribeUrl, reminder } = options;
  const words = wordsFor(locale);
  const snippet = emailSnippet(survey, { baseUrl, locale, token });
  const question = survey.question[locale] ?? survey.question[survey.defaultLocale] ?? '';
  // A subject is one line: the question may hold line breaks the header must not.
  const subject = `${reminder ? words.reminder : ''}${options.subject ?? question}`
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 250);
  const introParagraphs = (intro ?? '')
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  const introHtml = introParagraphs
    .map(
      (paragraph) =>
        `<p style="margin:0 0 12px;${FONT};font-size:15px;line-height:22px;color:#1d1d1f">${escapeHtml(paragraph).replaceAll('\n', '<br>')}</p>`,
    )
    .join('');
  const footer = `${escapeHtml(words.why(siteName))} <a href="${escapeHtml(unsubscribeUrl)}" style="color:#6b7280;text-decoration:underline">${escapeHtml(words.unsubscribe)}</a> ${escapeHtml(words.noMore)}`;
  const lang = locale.toLowerCase().startsWith('ja') ? 'ja' : locale;
  const html = `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f3f4f6;-webkit-text-size-adjust:100%">
<table ${TABLE} width="100%" style="width:100%;background-color:#f3f4f6"><tr><td align="center" style="padding:16px 8px">
<table ${TABLE} width="100%" style="width:100%;max-width:600px;background-color:#ffffff;border-radius:8px;border-collapse:separate">
<tr><td style="padding:20px 24px 4px;${FONT};font-size:13px;line-height:18px;color:#4b5563">${escapeHtml(siteName)}</td></tr>
<tr><td style="padding:12px 24px 8px">${introHtml}${snippet.html}</td></tr>
<tr><td style="padding:16px 24px 20px"><p style="margin:0;padding-top:12px;border-top:1px solid #e5e7eb;${FONT};font-size:12px;line-height:18px;color:#6b7280">${footer}</p></td></tr>
</table>
</td></tr></table>
</body>
</html>
`;
  const text = [
    ...introParagraphs.flatMap((paragraph) => [paragraph, '']),
    snippet.text,
    '--',
    words.why(siteName),
    `${words.unsubscribe}: ${unsubscribeUrl}`,
    '',
  ].join('\n');
  return {
    subject,
    text,
    html,
    headers: {
      'List-Unsubscribe': `<${unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
