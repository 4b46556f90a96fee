// One text of the survey in every locale of the draft: a labelled input per
// locale ("Question (ja)"), with the API's issue for that field shown under it.
import type { LocalizedText } from '@koe/core';
import { useId } from 'preact/hooks';
import { withText } from './draft';

export interface LocalizedInputProps {
  label: string;
  text: LocalizedText | undefined;
  locales: string[];
  onChange: (text: LocalizedText) => void;
  issue?: string;
  multiline?: boolean;
  required?: boolean;
}

export function LocalizedInput({
  label,
  text,
  locales,
  onChange,
  issue,
  multiline,
  required,
}: LocalizedInputProps) {
  const id = useId();
  return (
    <fieldset class="localized">
      <legend>{label}</legend>
      {locales.map((locale) => {
        const props = {
          id: `${id}-${locale}`,
          lang: locale,
          value: text?.[locale] ?? '',
          required,
          maxLength: 500,
          'aria-invalid': issue ? true : undefined,
          'aria-describedby': issue ? `${id}-issue` : undefined,
          onInput: (event: Event) =>
            onChange(withText(text, locale, (event.currentTarget as HTMLInputElement).value)),
        };
        return (
          <div class="locale-row" key={locale}>
            <label for={props.id} class="locale-tag">
              <span class="visually-hidden">{label} </span>
              {locale}
            </label>
            {multiline ? <textarea rows={2} {...props} /> : <input {...props} />}
          </div>
        );
      })}
      {issue && (
        <p class="issue" id={`${id}-issue`}>
          {issue}
        </p>
      )}
    </fieldset>
  );
}
