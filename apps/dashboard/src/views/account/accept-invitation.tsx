// An invitation link (/app/invite?token=…): what it offers, then joining —
// with the account signed in, or as a new account, or by signing in first.
import type { Me } from '@koe/client';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { acceptInvitation, previewInvitation, signUpWithInvitation } from '../../api/accounts';
import { type ApiClient, ApiError } from '../../api/client';
import { fillText } from '../../i18n/fill';
import { useI18n } from '../../i18n/i18n';
import { issueSentence } from '../../issue-words';
import { BASE } from '../../routing';
import { useAsync } from '../../use-async';
import { LoadError, Loading } from '../load-state';
import { problemText } from '../problem-text';
import { type NewAccount, NewAccountFields } from './new-account-fields';
import { SignIn } from './sign-in';

export interface AcceptInvitationProps {
  api: ApiClient;
  me: Me | null;
  onJoined: () => void;
}

export function AcceptInvitation({ api, me, onJoined }: AcceptInvitationProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { route } = useLocation();
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const preview = useAsync(
    (signal) => {
      void signal;
      return previewInvitation(api, token);
    },
    [api, token],
  );
  const [account, setAccount] = useState<NewAccount>({ name: '', email: '', password: '' });
  const [signingIn, setSigningIn] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  if (preview.error)
    return preview.error instanceof ApiError && preview.error.status === 404 ? (
      <p class="panel" role="alert">
        {t('invitationGone')}
      </p>
    ) : (
      <LoadError error={preview.error} />
    );
  const offer = preview.data;
  if (!offer) return <Loading />;

  async function join(run: () => Promise<void>) {
    setBusy(true);
    setError(undefined);
    try {
      await run();
      route(BASE, true);
      onJoined();
    } catch (failure) {
      const issue = failure instanceof ApiError ? failure.issues[0] : undefined;
      setError(
        failure instanceof ApiError && failure.code === 'email-taken'
          ? t('emailTaken')
          : issue
            ? issueSentence(issue.field, issue.message, i18n)
            : problemText(failure, i18n),
      );
      setBusy(false);
    }
  }

  const heading = fillText(t('invitationTitle'), {
    organization: offer.organization,
    role: t(`role_${offer.role}`),
  });
  if (signingIn && !me) return <SignIn api={api} title={heading} onSignedIn={() => onJoined()} />;
  return (
    <section class="panel sign-in" aria-labelledby="invite-title">
      <h1 id="invite-title">{heading}</h1>
      <p class="small muted">{t(`roleHelp_${offer.role}`)}</p>
      {me ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void join(() => acceptInvitation(api, token));
          }}
        >
          <p>{fillText(t('joinAs'), { email: me.user.email })}</p>
          <button type="submit" disabled={busy}>
            {t('join')}
          </button>
        </form>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void join(() =>
              signUpWithInvitation(api, token, {
                ...account,
                email: offer.email ?? account.email,
              }),
            );
          }}
        >
          <NewAccountFields value={account} onChange={setAccount} emailFixed={offer.email} />
          <button type="submit" disabled={busy}>
            {busy ? t('loading') : t('createAccountAndJoin')}
          </button>
          <p class="small">
            <button type="button" class="link" onClick={() => setSigningIn(true)}>
              {t('haveAccount')}
            </button>
          </p>
        </form>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
