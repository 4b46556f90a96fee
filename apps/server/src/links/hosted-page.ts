// The hosted survey page (/s/{id}): the survey full page, mobile first, for
// shared links, QR codes, emails and app WebViews. It renders with the
// widget's own UI (koe-ui.js, inline in the page, under a nonce CSP), with
// the site's name and the survey's accent, and posts through the same
// ingestion as the widget. Everything typed by people is escaped; the survey
// arrives as JSON in a script element the page reads, never as code.
import type { WidgetSurvey } from '@koe/core';
import { escapeHtml } from '../escape-html';
import { shortPage } from '../short-page';

/** JSON inside <script type="application/json">: nothing in it can close the element. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

export interface HostedPageOptions {
  siteName: string;
  siteKey: string;
  survey: WidgetSurvey;
  nonce: string;
  /** What the page's UI is asked to do (AskOptions of the widget). */
  ask: {
    id?: string;
    score?: number;
    channel: 'link' | 'email';
    linkToken?: string;
    locale?: string;
  };
  /** Said above the survey instead of it (e.g. already answered). */
  notice?: string;
}

const STYLE = (accent: string) => `
:root{color-scheme:light dark;--accent:${accent}}
*{box-sizing:border-box}
body{margin:0;min-height:100vh;font-family:system-ui,-apple-system,"Segoe UI","Noto Sans JP",sans-serif;
background:#f5f5f7;color:#1d1d1f;display:flex;flex-direction:column}
@media (prefers-color-scheme:dark){body{background:#161618;color:#f2f2f4}}
header{padding:16px 20px;border-bottom:4px solid var(--accent);font-weight:600;font-size:1.05rem}
main{flex:1;width:100%;max-width:560px;margin:0 auto;padding:24px 16px 48px}
#koe-survey{min-height:200px}
.notice{font-size:1.1rem;line-height:1.6}
footer{padding:12px 20px;font-size:.8rem;opacity:.7;text-align:center}
`;

export function hostedPage(options: HostedPageOptions): string {
  const { siteName, siteKey, survey, nonce, ask, notice } = options;
  const accent = /^#[0-9a-f]{3,8}$/i.test(survey.theme?.accent ?? '')
    ? survey.theme.accent
    : '#4f46e5';
  const lang = ask.locale ?? survey.defaultLocale;
  const script = `(()=>{const d=document,cfg=JSON.parse(d.getElementById('koe-config').textContent),
m=d.getElementById('koe-survey'),s=d.createElement('script');s.src='/koe-ui.js';s.nonce=${JSON.stringify(nonce)};
s.k=(createUi)=>{const ui=createUi(location.origin,undefined,()=>{},()=>{});
ui.present({survey:cfg.survey,siteKey:cfg.siteKey,options:Object.assign({target:'#koe-survey'},cfg.ask),attributes:{},nonce:${JSON.stringify(nonce)},
record(){},emit(){},closed(){m.textContent=cfg.done;m.className='notice';m.setAttribute('role','status')}})};
d.head.append(s)})()`;
  const config = {
    survey,
    siteKey,
    ask,
    done: 'Thank you. You can close this page.',
  };
  return `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(siteName)}</title>
<style nonce="${nonce}">${STYLE(accent)}</style></head>
<body><header>${escapeHtml(siteName)}</header>
<main>${
    notice
      ? `<p class="notice" role="status">${escapeHtml(notice)}</p>`
      : `<div id="koe-survey"></div>
<script type="application/json" id="koe-config">${scriptJson(config)}</script>
<script nonce="${nonce}">${script}</script>`
  }</main>
<footer>koe</footer></body></html>`;
}

/** A short page for a link that cannot be used (expired, altered, survey closed). */
export const linkProblemPage = (title: string, text: string) =>
  shortPage(title, `<p>${escapeHtml(text)}</p>`);

/** The page's Content-Security-Policy: its nonce only; answers to koe itself. */
export const hostedPagePolicy = (nonce: string) =>
  [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
