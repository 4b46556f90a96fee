// A secret the server shows only once (a new key, a webhook's signing
// secret): in a read-only field that selects itself, with a copy button and
// the reason to copy it now. Focus moves here so it is not missed.
import { useEffect, useId, useRef } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n';
import { CopyButton } from '../copy-button';

export function SecretOnce({
  title,
  secret,
  onDone,
}: {
  title: string;
  secret: string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);
  return (
    <fieldset class="secret-once">
      <legend id={`${id}-title`} class="secret-title">
        {title}
      </legend>
      <p class="small" id={`${id}-help`}>
        {t('secretOnce')}
      </p>
      <div class="field-row">
        <input
          ref={field}
          class="secret grow"
          readOnly
          value={secret}
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-help`}
          spellcheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
        <CopyButton text={secret} />
        <button type="button" class="secondary" onClick={onDone}>
          {t('done')}
        </button>
      </div>
    </fieldset>
  );
}
