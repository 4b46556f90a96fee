// The organization's members: who is in it and with which role. Owners
// change roles, remove members and invite by link (shown once, to copy);
// anyone may leave. The server keeps the last owner.
import type { Invitation, Member, Role } from '@koe/client';
import { useState } from 'preact/hooks';
import {
  changeRole,
  createInvitation,
  deleteInvitation,
  listInvitations,
  listMembers,
  removeMember,
} from '../../api/accounts';
import { ApiError } from '../../api/client';
import { useDashboard } from '../../dashboard-context';
import { useI18n } from '../../i18n/i18n';
import { useAsync } from '../../use-async';
import { CopyButton } from '../copy-button';
import { LoadError, Loading } from '../load-state';
import { problemText } from '../problem-text';

const ROLES: Role[] = ['owner', 'admin', 'editor', 'viewer'];

export function Members() {
  const { memberApi, organization, me, can, reloadMe } = useDashboard();
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const owner = can('manage-members');
  const members = useAsync(
    () => listMembers(memberApi, organization.id),
    [memberApi, organization.id],
  );
  const invitations = useAsync(
    () => (owner ? listInvitations(memberApi, organization.id) : Promise.resolve<Invitation[]>([])),
    [memberApi, organization.id, owner],
  );
  const [inviteRole, setInviteRole] = useState<Role>('viewer');
  const [inviteEmail, setInviteEmail] = useState('');
  const [link, setLink] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<unknown>, after?: () => void) {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      after?.();
      members.reload();
      invitations.reload();
    } catch (failure) {
      setError(
        failure instanceof ApiError && failure.code === 'last-owner'
          ? t('lastOwner')
          : problemText(failure, i18n),
      );
    }
    setBusy(false);
  }

  const roleName = (role: Role) => t(`role_${role}`);

  return (
    <section class="card settings-section" aria-labelledby="members-title">
      <h2 id="members-title" class="card-title">
        {t('members')} <span class="muted">· {organization.name}</span>
      </h2>
      {members.error && <LoadError error={members.error} onRetry={members.reload} />}
      {!members.data && !members.error && <Loading />}
      {members.data && (
        <ul class="plain-list">
          {members.data.map((member: Member) => (
            <li key={member.id} class="list-row">
              <span class="grow">
                <strong>{member.name}</strong> <span class="muted small">{member.email}</span>
              </span>
              {owner ? (
                <label class="inline-field">
                  <span class="visually-hidden">
                    {t('roleOf')} {member.email}
                  </span>
                  <select
                    value={member.role}
                    disabled={busy}
                    onChange={(event) =>
                      run(
                        () =>
                          changeRole(
                            memberApi,
                            organization.id,
                            member.id,
                            event.currentTarget.value as Role,
                          ),
                        member.id === me.user.id ? reloadMe : undefined,
                      )
                    }
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {roleName(role)}
                      </option>
                    ))}
                  </select>
                </label>
              ) : (
                <span class="badge">{roleName(member.role)}</span>
              )}
              {(owner || member.id === me.user.id) && (
                <button
                  type="button"
                  class="link"
                  disabled={busy}
                  onClick={() =>
                    run(
                      () => removeMember(memberApi, organization.id, member.id),
                      member.id === me.user.id ? reloadMe : undefined,
                    )
                  }
                >
                  {member.id === me.user.id ? t('leaveOrganization') : t('removeMember')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {owner && (
        <form
          class="field-row"
          onSubmit={(event) => {
            event.preventDefault();
            void run(async () => {
              const made = await createInvitation(memberApi, organization.id, {
                role: inviteRole,
                ...(inviteEmail.trim() && { email: inviteEmail.trim() }),
              });
              setLink(made.url);
              setInviteEmail('');
            });
          }}
        >
          <label class="field">
            <span>{t('inviteRole')}</span>
            <select
              value={inviteRole}
              onChange={(event) => setInviteRole(event.currentTarget.value as Role)}
            >
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {roleName(role)}
                </option>
              ))}
            </select>
          </label>
          <label class="field grow">
            <span>{t('inviteEmail')}</span>
            <input
              type="email"
              value={inviteEmail}
              onInput={(event) => setInviteEmail(event.currentTarget.value)}
            />
          </label>
          <button type="submit" disabled={busy}>
            {t('invite')}
          </button>
        </form>
      )}
      {link && (
        <div class="secret-once" role="status">
          <p class="small">{t('invitationLinkOnce')}</p>
          <code class="secret">{link}</code> <CopyButton text={link} />
        </div>
      )}
      {owner && invitations.data && invitations.data.length > 0 && (
        <>
          <h3 class="small">{t('openInvitations')}</h3>
          <ul class="plain-list">
            {invitations.data.map((invitation) => (
              <li key={invitation.id} class="list-row">
                <span class="grow">
                  {roleName(invitation.role)} · {invitation.email ?? t('anyoneWithLink')} ·{' '}
                  <span class="muted small">
                    {t('expires')} {dateTime(Date.parse(invitation.expiresAt))}
                  </span>
                </span>
                <button
                  type="button"
                  class="link"
                  disabled={busy}
                  onClick={() =>
                    run(() => deleteInvitation(memberApi, organization.id, invitation.id))
                  }
                >
                  {t('withdrawInvitation')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
