// The site's secret keys: name, prefix, scope, made and last used; make one
// (its secret shown once) and revoke one after a confirmation. Revoking the
// key this tab is signed in with signs the tab out (the next call gets 401).
import { useRef, useState } from 'preact/hooks';
import { createKey, listKeys, revokeKey } from '../../api/site-admin';
import type { SecretKey } from '../../api/types';
import { useDashboard } from '../../dashboard-context';
import { fillText } from '../../i18n/fill';
import { useI18n } from '../../i18n/i18n';
import { useAsync } from '../../use-async';
import { Loading } from '../load-state';
import { problemText } from '../problem-text';
import { TableScroll } from '../table-scroll';
import { ConfirmInline } from './confirm-inline';
import { SecretOnce } from './secret-once';

export function SecretKeys() {
  const { api } = useDashboard();
  const i18n = useI18n();
  const { t } = i18n;
  const keys = useAsync((signal) => listKeys(api, signal), [api]);
  const [created, setCreated] = useState<SecretKey>();
  const [problem, setProblem] = useState<string>();
  // A revoked key's row (and its focused button) goes: focus returns to the section.
  const heading = useRef<HTMLHeadingElement>(null);

  return (
    <section class="card settings-section" aria-labelledby="keys-title">
      <h2 id="keys-title" class="card-title" tabIndex={-1} ref={heading}>
        {t('keys')}
      </h2>
      <p class="muted small">{t('keysHelp')}</p>
      {keys.error && (
        <p class="error" role="alert">
          {problemText(keys.error, i18n)}
        </p>
      )}
      {!keys.data && !keys.error && <Loading />}
      {keys.data && (
        <TableScroll label={t('keysTable')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('keyPrefix')}</th>
                <th scope="col">{t('scope')}</th>
                <th scope="col">{t('created')}</th>
                <th scope="col">{t('madeBy')}</th>
                <th scope="col">{t('lastUsed')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('revoke')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.data.map((key) => (
                <KeyRow
                  key={key.id}
                  secretKey={key}
                  onRevoked={() => {
                    setProblem(undefined);
                    keys.reload();
                    heading.current?.focus();
                  }}
                  onProblem={setProblem}
                />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {created?.secret ? (
        <SecretOnce
          title={fillText(t('newKeyTitle'), { name: created.name })}
          secret={created.secret}
          onDone={() => setCreated(undefined)}
        />
      ) : (
        <NewKeyForm
          onCreated={(key) => {
            setCreated(key);
            keys.reload();
          }}
        />
      )}
    </section>
  );
}

function KeyRow({
  secretKey: key,
  onRevoked,
  onProblem,
}: {
  secretKey: SecretKey;
  onRevoked: () => void;
  onProblem: (message: string) => void;
}) {
  const { api, now } = useDashboard();
  const i18n = useI18n();
  const { t } = i18n;
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  async function revoke() {
    setBusy(true);
    try {
      await revokeKey(api, key.id);
      onRevoked();
    } catch (failure) {
      onProblem(problemText(failure, i18n));
      setBusy(false);
      setConfirming(false);
    }
  }

  return (
    <tr>
      <th scope="row">
        {key.name}
        {key.current && <span class="badge">{t('currentKey')}</span>}
      </th>
      <td>
        <code>{key.prefix}…</code>
      </td>
      <td>{t(key.scope)}</td>
      <td>{i18n.dateTime(Date.parse(key.createdAt))}</td>
      <td>{key.createdBy ?? t('madeByCli')}</td>
      <td>{key.lastUsedAt ? i18n.ago(Date.parse(key.lastUsedAt), now()) : t('never')}</td>
      <td>
        {confirming ? (
          <ConfirmInline
            question={`${fillText(t('revokeConfirm'), { name: key.name })}${key.current ? ` ${t('revokeCurrent')}` : ''}`}
            confirmLabel={t('revoke')}
            busy={busy}
            onConfirm={revoke}
            onCancel={() => setConfirming(false)}
          />
        ) : (
          <button type="button" class="link" onClick={() => setConfirming(true)}>
            {t('revoke')}
            <span class="visually-hidden"> {key.name}</span>
          </button>
        )}
      </td>
    </tr>
  );
}

function NewKeyForm({ onCreated }: { onCreated: (key: SecretKey) => void }) {
  const { api } = useDashboard();
  const i18n = useI18n();
  const { t } = i18n;
  const [name, setName] = useState('');
  const [scope, setScope] = useState<SecretKey['scope']>('read');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      onCreated(await createKey(api, { name, scope }));
      setName('');
    } catch (failure) {
      setProblem(problemText(failure, i18n));
    }
    setBusy(false);
  }

  return (
    <form class="field-row" onSubmit={submit} noValidate>
      <label class="field grow">
        <span>{t('keyName')}</span>
        <input
          value={name}
          maxLength={80}
          required
          placeholder="BI export"
          onInput={(event) => setName(event.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span>{t('scope')}</span>
        <select
          value={scope}
          onChange={(event) => setScope(event.currentTarget.value as SecretKey['scope'])}
        >
          <option value="read">{t('read')}</option>
          <option value="write">{t('write')}</option>
        </select>
      </label>
      <button type="submit" disabled={busy || !name.trim()}>
        {t('createKey')}
      </button>
      {problem && (
        <p class="error wide-line" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
