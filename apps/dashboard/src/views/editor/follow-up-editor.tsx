// The follow-up for one bucket: whether to ask it, its question, its reason
// chips (id + label per locale) and whether a comment box is offered.
import type { Bucket, FollowUp } from '@koe/core';
import { useI18n } from '../../i18n/i18n';
import { optionalText } from './draft';
import { LocalizedInput } from './localized-input';

export interface FollowUpEditorProps {
  bucket: Bucket;
  followUp: FollowUp | undefined;
  locales: string[];
  defaultLocale: string;
  onChange: (followUp: FollowUp | undefined) => void;
  issueFor: (field: string) => string | undefined;
}

export function FollowUpEditor({
  bucket,
  followUp,
  locales,
  defaultLocale,
  onChange,
  issueFor,
}: FollowUpEditorProps) {
  const { t } = useI18n();
  const field = `followUp.${bucket}`;
  return (
    <fieldset class={`follow-up bucket-${bucket}`}>
      <legend>
        {t('followUpFor')} {t(bucket)}
      </legend>
      <label class="check">
        <input
          type="checkbox"
          checked={followUp !== undefined}
          onChange={(event) =>
            onChange(
              event.currentTarget.checked
                ? { question: { [defaultLocale]: '' }, reasons: [], comment: 'optional' }
                : undefined,
            )
          }
        />
        {t('enableFollowUp')}
      </label>
      {followUp && (
        <>
          <LocalizedInput
            label={t('followUpQuestion')}
            text={followUp.question}
            locales={locales}
            issue={issueFor(`${field}.question`)}
            onChange={(question) => onChange({ ...followUp, question })}
          />
          <fieldset class="reasons-editor">
            <legend>{t('reasonChips')}</legend>
            {followUp.reasons.map((reason, i) => (
              <div class="reason-row" key={i}>
                <label class="field">
                  <span>
                    {t('reasonId')} {i + 1}
                  </span>
                  <input
                    value={reason.id}
                    maxLength={64}
                    aria-invalid={issueFor(`${field}.reasons.${i}.id`) ? true : undefined}
                    onInput={(event) =>
                      onChange({
                        ...followUp,
                        reasons: followUp.reasons.map((r, j) =>
                          j === i ? { ...r, id: event.currentTarget.value } : r,
                        ),
                      })
                    }
                  />
                </label>
                <LocalizedInput
                  label={`${t('reasonLabel')} ${i + 1}`}
                  text={reason.label}
                  locales={locales}
                  issue={issueFor(`${field}.reasons.${i}`)}
                  onChange={(label) =>
                    onChange({
                      ...followUp,
                      reasons: followUp.reasons.map((r, j) => (j === i ? { ...r, label } : r)),
                    })
                  }
                />
                <button
                  type="button"
                  class="secondary"
                  onClick={() =>
                    onChange({ ...followUp, reasons: followUp.reasons.filter((_, j) => j !== i) })
                  }
                >
                  {t('removeReason')} {i + 1}
                </button>
              </div>
            ))}
            {followUp.reasons.length < 12 && (
              <button
                type="button"
                class="secondary"
                onClick={() =>
                  onChange({
                    ...followUp,
                    reasons: [
                      ...followUp.reasons,
                      {
                        id: `reason-${followUp.reasons.length + 1}`,
                        label: { [defaultLocale]: '' },
                      },
                    ],
                  })
                }
              >
                {t('addReason')}
              </button>
            )}
          </fieldset>
          <label class="field">
            <span>{t('commentBox')}</span>
            <select
              value={followUp.comment}
              onChange={(event) =>
                onChange({
                  ...followUp,
                  comment: event.currentTarget.value === 'none' ? 'none' : 'optional',
                })
              }
            >
              <option value="optional">{t('commentOptional')}</option>
              <option value="none">{t('commentNone')}</option>
            </select>
          </label>
          {followUp.comment === 'optional' && (
            <LocalizedInput
              label={t('commentPlaceholder')}
              text={followUp.commentPlaceholder}
              locales={locales}
              issue={issueFor(`${field}.commentPlaceholder`)}
              onChange={(text) => onChange({ ...followUp, commentPlaceholder: optionalText(text) })}
            />
          )}
        </>
      )}
    </fieldset>
  );
}
