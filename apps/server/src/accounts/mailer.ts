// Email over SMTP (KOE_SMTP_URL, nodemailer): invitations and password
// resets. Without it koe sends nothing: invitation links are copied by hand,
// and a forgotten password is reset by whoever runs koe (the CLI).
import nodemailer from 'nodemailer';
import { escapeHtml } from '../escape-html';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers (List-Unsubscribe, …). */
  headers?: Record<string, string>;
  /** The same on every retry, so a mail client can tell a repeat. */
  messageId?: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

export function smtpMailer(url: string, from: string): Mailer {
  // Bounded, and shorter than the mail outbox's lease (mail/outbox-dispatcher.ts).
  const address = new URL(url);
  for (const [name, ms] of [
    ['connectionTimeout', '30000'],
    ['greetingTimeout', '30000'],
    ['socketTimeout', '60000'],
  ] as const)
    if (!address.searchParams.has(name)) address.searchParams.set(name, ms);
  const transport = nodemailer.createTransport(address.href);
  return {
    async send(mail) {
      await transport.sendMail({ from, ...mail });
    },
  };
}

/** A short message with one link, as text and as plain, escaped HTML. */
export function linkMail(
  to: string,
  subject: string,
  lines: string[],
  link: { label: string; url: string },
): Mail {
  return {
    to,
    subject,
    text: `${lines.join('\n\n')}\n\n${link.label}: ${link.url}\n`,
    html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5">${lines
      .map((line) => `<p>${escapeHtml(line)}</p>`)
      .join(
        '',
      )}<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p></body></html>`,
  };
}
