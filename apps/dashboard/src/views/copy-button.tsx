// Copies a text (a snippet, a secret shown once) and says so, visibly and to
// screen readers. Without clipboard permission nothing is copied; the text's
// own field selects itself on focus for a manual copy.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n';

export interface CopyButtonProps {
  text: string;
  /** Said to screen readers after the caption: what is copied. */
  label?: string;
  /** The button's words before copying (default: Copy). */
  caption?: string;
}

export function CopyButton({ text, label, caption }: CopyButtonProps) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <>
      <button
        type="button"
        class="secondary"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setCopied(true);
          } catch {
            // No clipboard permission: the field selects its text on focus instead.
          }
        }}
      >
        {copied ? t('copied') : (caption ?? t('copy'))}
        {label && <span class="visually-hidden"> {label}</span>}
      </button>
      <span class="visually-hidden" role="status">
        {copied ? t('copied') : ''}
      </span>
    </>
  );
}
