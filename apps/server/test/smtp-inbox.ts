// A real SMTP server for the tests (the smtp-server package) on 127.0.0.1,
// with every message parsed (mailparser) as a mail client would read it.
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Inbox {
  url: string;
  messages: ParsedMail[];
  /** The messages to one address. */
  to(address: string): ParsedMail[];
  close(): Promise<void>;
}

export async function startInbox(): Promise<Inbox> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // An address at bounce.example is refused, as a relay refuses an unknown mailbox.
    onRcptTo(address, _session, done) {
      if (address.address.endsWith('@bounce.example')) {
        const refusal = Object.assign(new Error('550 5.1.1 no such mailbox'), {
          responseCode: 550,
        });
        done(refusal);
      } else done();
    },
    onData(stream, _session, done) {
      simpleParser(stream).then(
        (mail) => {
          messages.push(mail);
          done();
        },
        (error: Error) => done(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    to: (address) =>
      messages.filter((mail) =>
        (Array.isArray(mail.to) ? mail.to : [mail.to]).some((to) =>
          to?.value.some((v) => v.address?.toLowerCase() === address.toLowerCase()),
        ),
      ),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
