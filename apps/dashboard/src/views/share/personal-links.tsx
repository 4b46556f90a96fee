// Personal links for a list of recipients (editors and up): typed or pasted
// as "userId[, email]" lines, with an expiry and the channel the answers
// record, made by the server and listed with a CSV download.
import { useId, useState } from 'preact/hooks';
import { createLinks, type PersonalLink } from '../../api/links';
import type { Survey } from '../../api/types';
import { useDashboard } from '../../dashboard-context';
import { fillText } from '../../i18n/fill';
import { useI18n } from '../../i18n/i18n';
import { saveBlob } from '../overview/export-buttons';
import { problemText } from '../problem-text';
import { TableScroll } from '../table-scroll';
import { linksCsv, parseRecipients } from './recipients';

type Channel = 'link' | 'email';

export function PersonalLinks({ survey }: { survey: Survey }) {
  const { api } = useDashboard();
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const [text, setText] = useState('');
  const [days, setDays] = useState('30');
  const [channel, setChannel] = useState<Channel>('email');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [links, setLinks] = useState<PersonalLink[]>([]);

  async function make(event: Event) {
    event.preventDefault();
    const { recipients, badLines } = parseRecipients(text);
    if (badLines.length > 0) {
      setError(fillText(t('badRecipientLines'), { lines: badLines.join(', ') }));
      return;
    }
    if (recipients.length === 0) {
      setError(t('noRecipients'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      setLinks(
        await createLinks(api, survey.id, {
          recipients,
          expiresInDays: Number(days),
          channel,
        }),
      );
    } catch (failure) {
      setError(problemText(failure, i18n));
    } finally {
      setBusy(false);
    }
  }

  const fmt = new Intl.DateTimeFormat(i18n.lang, { dateStyle: 'medium' });
  return (
    <section class="card wide" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="card-title">
        {t('personalLinks')}
      </h2>
      <p class="muted small">{t('personalLinksHelp')}</p>
      <form class="links-form" onSubmit={(event) => void make(event)} noValidate>
        <label class="field">
          <span>{t('recipients')}</span>
          <textarea
            class="snippet"
            rows={5}
            value={text}
            placeholder={'cus_123, ana@example.com\ncus_456'}
            aria-describedby={`${id}-help`}
            aria-invalid={error ? true : undefined}
            onInput={(event) => setText(event.currentTarget.value)}
          />
        </label>
        <p class="muted small" id={`${id}-help`}>
          {t('recipientsHelp')}
        </p>
        <div class="field-row">
          <label class="field">
            <span>{t('expiresInDays')}</span>
            <input
              type="number"
              min={1}
              max={400}
              step={1}
              value={days}
              onInput={(event) => setDays(event.currentTarget.value)}
            />
          </label>
          <label class="field">
            <span>{t('channel')}</span>
            <select
              value={channel}
              onChange={(event) => setChannel(event.currentTarget.value as Channel)}
            >
              <option value="email">{t('channelEmail')}</option>
              <option value="link">{t('channelLink')}</option>
            </select>
          </label>
          <button type="submit" disabled={busy}>
            {busy ? t('makingLinks') : t('makeLinks')}
          </button>
        </div>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </form>
      <p class="visually-hidden" role="status">
        {links.length > 0 ? fillText(t('linksMade'), { count: links.length }) : ''}
      </p>
      {links.length > 0 && (
        <>
          <div class="heading-row">
            <p>{fillText(t('linksMade'), { count: links.length })}</p>
            <button
              type="button"
              class="secondary"
              onClick={() =>
                saveBlob(
                  new Blob([linksCsv(links)], { type: 'text/csv;charset=utf-8' }),
                  `${survey.id}-links.csv`,
                )
              }
            >
              {t('downloadCsv')}
            </button>
          </div>
          <TableScroll label={t('linksTable')}>
            <table class="links-table">
              <thead>
                <tr>
                  <th scope="col">userId</th>
                  <th scope="col">{t('email')}</th>
                  <th scope="col">{t('linkUrl')}</th>
                  <th scope="col">{t('linkExpires')}</th>
                </tr>
              </thead>
              <tbody>
                {links.map((link) => (
                  <tr key={link.responseId}>
                    <td>{link.userId}</td>
                    <td>{link.email ?? ''}</td>
                    <td class="link-cell">
                      <code>{link.url}</code>
                    </td>
                    <td>{fmt.format(new Date(link.expiresAt))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
}
