// The two pages behind every unsubscribe link koe puts in an email (digests,
// campaigns): GET shows a question with one button, so a mail scanner that
// follows links unsubscribes nobody; the button (or a mail client's RFC 8058
// one-click POST) unsubscribes and gets the second page.
import { escapeHtml } from './escape-html';
import { shortPage } from './short-page';

export const UNSUBSCRIBE_PAGE_HEADERS = {
  'cache-control': 'no-store',
  'content-type': 'text/html; charset=utf-8',
} as const;

/** The question, with a button that POSTs to `action` (a same-origin path). */
export function unsubscribeQuestionPage(title: string, action: string): string {
  return shortPage(
    title,
    `<p>You will get no more of these emails.</p><form method="post" action="${escapeHtml(action)}"><button type="submit" style="font:inherit;padding:.5rem 1rem">Unsubscribe</button></form>`,
  );
}

export const unsubscribedPage = () =>
  shortPage('Unsubscribed', '<p>You will get no more of these emails.</p>');
