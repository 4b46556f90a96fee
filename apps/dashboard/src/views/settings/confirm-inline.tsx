// "Are you sure?" in place, instead of window.confirm: the question stays
// next to what it is about, is read by screen readers (focus moves to Cancel,
// the harmless choice, as for an alert dialog) and can be styled and translated.
import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n';

export function ConfirmInline({
  question,
  confirmLabel,
  busy,
  onConfirm,
  onCancel,
}: {
  question: string;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <fieldset class="confirm">
      <legend>{question}</legend>
      <button type="button" class="danger" disabled={busy} onClick={onConfirm}>
        {confirmLabel}
      </button>
      <button ref={cancel} type="button" class="secondary" onClick={onCancel}>
        {t('cancel')}
      </button>
    </fieldset>
  );
}
