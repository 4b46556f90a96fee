// The fields of a new account (setup, joining by invitation): name, email
// and a password of at least 8 characters (no other rule, as NIST advises).
import { useI18n } from '../../i18n/i18n';

export interface NewAccount {
  name: string;
  email: string;
  password: string;
}

export function NewAccountFields({
  value,
  onChange,
  emailFixed,
}: {
  value: NewAccount;
  onChange: (next: NewAccount) => void;
  /** The invitation names the email: shown, not typed. */
  emailFixed?: string | null;
}) {
  const { t } = useI18n();
  return (
    <>
      <label class="field">
        <span>{t('yourName')}</span>
        <input
          name="name"
          autoComplete="name"
          required
          maxLength={100}
          value={value.name}
          onInput={(event) => onChange({ ...value, name: event.currentTarget.value })}
        />
      </label>
      <label class="field">
        <span>{t('email')}</span>
        <input
          type="email"
          name="email"
          autoComplete="username"
          required
          readOnly={Boolean(emailFixed)}
          value={emailFixed ?? value.email}
          onInput={(event) => onChange({ ...value, email: event.currentTarget.value })}
        />
      </label>
      <label class="field">
        <span>{t('newPassword')}</span>
        <input
          type="password"
          name="new-password"
          autoComplete="new-password"
          required
          minLength={8}
          maxLength={256}
          aria-describedby="password-rule"
          value={value.password}
          onInput={(event) => onChange({ ...value, password: event.currentTarget.value })}
        />
      </label>
      <p class="small muted" id="password-rule">
        {t('passwordRule')}
      </p>
    </>
  );
}
